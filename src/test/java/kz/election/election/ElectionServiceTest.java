package kz.election.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kz.election.ElectionTest;
import kz.election.commission.DemoRegister;
import kz.election.commission.Registers;
import kz.election.common.ElectionTime;
import kz.election.common.ForbiddenException;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import kz.election.ruleset.Level;
import kz.election.ruleset.RulesetCatalog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shares its database with every other Spring test: each test uses its own territory and counts, never assumes empty tables. */
@ElectionTest
class ElectionServiceTest {

    static final String TWO_PRECINCTS = """
            number;address;voters
            1;"Kyzylzhar village, school No. 3, 12 Abai street";812
            2;Kyzylzhar village, house of culture;430
            """;

    @Autowired
    ElectionService elections;
    @Autowired
    RulesetCatalog rulesets;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Registers registers;

    @Test
    void storesARuralElectionWithItsPrecinctsAndEveryDeadlineOfItsCalendar() {
        AnnouncementRequest request = rural("Kyzylzhar rural district (service test)");

        Election announced = elections.announce(request, "demo-tec");
        Election read = elections.byNumber(announced.number());

        assertThat(read).isEqualTo(announced);
        assertThat(read.number()).matches("2026-RUR-\\d{4}");
        // the territory of the register, named in the organizing commission's language, and its organizer
        assertThat(read.territoryCode()).isEqualTo(DemoRegister.RURAL_DISTRICT);
        assertThat(read.organizerCode()).isEqualTo(DemoRegister.TEC);
        assertThat(read.territory()).isEqualTo(registers.territory(DemoRegister.RURAL_DISTRICT).orElseThrow()
                .name(registers.commission(DemoRegister.TEC).orElseThrow().language()));
        assertThat(read.post()).isEqualTo("Akim of Kyzylzhar rural district (service test)");
        assertThat(read.level()).isEqualTo(Level.RURAL);
        assertThat(read.reason()).isEqualTo(ElectionReason.REGULAR);
        assertThat(read.status()).isEqualTo(ElectionStatus.ANNOUNCED);
        assertThat(read.rulesetId()).isEqualTo("kz-2024-03-01");
        assertThat(read.announcedBy()).isEqualTo("demo-tec");
        assertThat(read.termEnd()).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(read.precincts()).containsExactly(
                new PrecinctRow(1, "Kyzylzhar village, school No. 3, 12 Abai street", 812),
                new PrecinctRow(2, "Kyzylzhar village, house of culture", 430));
        assertThat(read.calendar()).isEqualTo(expectedDeadlines(request, Level.RURAL));
        assertThat(elections.calendar(read.number()).entries())
                .extracting(CalendarEntry::key)
                .containsExactlyInAnyOrder(ElectoralCalendar.NOMINATION_OPENS, ElectoralCalendar.NOMINATION_CLOSES,
                        ElectoralCalendar.REGISTRATION_CLOSES, ElectoralCalendar.VOTER_LISTS_DELIVERED,
                        ElectoralCalendar.VOTER_LIST_INSPECTION_OPENS, ElectoralCalendar.CAMPAIGN_ENDS,
                        ElectoralCalendar.POLLS_OPEN, ElectoralCalendar.HOME_VOTING_REQUESTS_CLOSE,
                        ElectoralCalendar.POLLS_CLOSE, ElectoralCalendar.COUNT_DEADLINE,
                        ElectoralCalendar.RESULT_DEADLINE, ElectoralCalendar.WINNER_REGISTRATION_DEADLINE);
    }

    @Test
    void storesADistrictElectionWithItsOwnCalendarAndListsIt() {
        AnnouncementRequest request = new AnnouncementRequest(DemoRegister.DISTRICT, Level.DISTRICT, "Akim of Zhambyl district (Zhambyl district (service test))",
                ElectionReason.REGULAR, LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-09-20"), LocalDate.parse("2026-10-15"), null, null, """
                1,School No. 1,1200
                2,School No. 2,950
                3,Hospital,40
                """);

        Election election = elections.announce(request, "demo-tec");

        Election read = elections.byNumber(election.number());
        assertThat(read.number()).matches("2026-DIS-\\d{4}");
        assertThat(read.precincts()).extracting(PrecinctRow::number).containsExactly(1, 2, 3);
        assertThat(read.calendar()).isEqualTo(expectedDeadlines(request, Level.DISTRICT));
        assertThat(read.calendar()).filteredOn(d -> d.key().equals(ElectoralCalendar.NOMINATION_CLOSES))
                .extracting(d -> d.dueAt().toString())
                .containsExactly("2026-08-21T18:00+05:00");
        assertThat(elections.list()).contains(new ElectionSummary(election.number(), election.territory(),
                Level.DISTRICT, "Akim of Zhambyl district (Zhambyl district (service test))", ElectionReason.REGULAR,
                LocalDate.parse("2026-09-20"), ElectionStatus.ANNOUNCED, 3, 2190, DemoRegister.DISTRICT, DemoRegister.TEC));
    }

    @Test
    void numbersElectionsOneAfterAnotherPerYearAndLevel() {
        Election first = elections.announce(rural("Sequence rural district A (service test)"), "demo-tec");
        Election second = elections.announce(rural("Sequence rural district B (service test)"), "demo-tec");

        assertThat(sequenceOf(second.number())).isEqualTo(sequenceOf(first.number()) + 1);
        assertThat(second.number()).startsWith("2026-RUR-");
    }

    @Test
    void givesTwoAnnouncementsAtTheSameMomentTwoDistinctNumbers() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Election>> both = List.of("A", "B").stream()
                    .map(suffix -> CompletableFuture.supplyAsync(() -> {
                        await(together);
                        return elections.announce(rural("Concurrent rural district " + suffix + " (service test)"),
                                "demo-tec");
                    }, threads))
                    .toList();
            List<String> numbers = both.stream().map(CompletableFuture::join).map(Election::number).toList();

            assertThat(numbers).doesNotHaveDuplicates().hasSize(2);
            assertThat(numbers.stream().mapToInt(ElectionServiceTest::sequenceOf).sorted().toArray())
                    .satisfies(sequence -> assertThat(sequence[1]).isEqualTo(sequence[0] + 1));
            numbers.forEach(number -> assertThat(elections.byNumber(number).precincts()).hasSize(2));
        } finally {
            threads.shutdownNow();
            assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void reportsEveryProblemOfARequestAtOnceAndStoresNothing() {
        long electionsBefore = count("election.election");
        long precinctsBefore = count("election.precinct");
        long deadlinesBefore = count("election.calendar_deadline");
        long numbersBefore = jdbc.sql("SELECT coalesce(sum(last_value), 0) FROM election.election_number_counter")
                .query(Long.class).single();
        AnnouncementRequest request = new AnnouncementRequest(" ", Level.RURAL, "x".repeat(201),
                ElectionReason.REGULAR, LocalDate.parse("2026-08-01"), LocalDate.parse("2026-08-22"),
                LocalDate.parse("2026-10-01"), null, "2026-RUR-9999", """
                number;address;voters
                1;School No. 1;500
                2;School No. 2;many
                """);

        assertThatThrownBy(() -> elections.announce(request, "demo-tec"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("territory", "post", "electionDay", "electionDay",
                                "previousElectionNumber", "precinctsCsv"))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(FieldViolation::message)
                        .contains("line 3, voters: 'many' is not a whole number")
                        .anySatisfy(message -> assertThat(message).contains("is a Saturday"))
                        .anySatisfy(message -> assertThat(message).contains("at least 40 days after the call")));

        assertThat(count("election.election")).isEqualTo(electionsBefore);
        assertThat(count("election.precinct")).isEqualTo(precinctsBefore);
        assertThat(count("election.calendar_deadline")).isEqualTo(deadlinesBefore);
        assertThat(jdbc.sql("SELECT coalesce(sum(last_value), 0) FROM election.election_number_counter")
                .query(Long.class).single()).isEqualTo(numbersBefore);
    }

    @Test
    void refusesATerritoryOutsideTheRegisterOrOfTheWrongTier() {
        AnnouncementRequest unknown = withTerritory(rural("unknown territory"), "999999999");
        AnnouncementRequest name = withTerritory(rural("a name"), "Kosshy rural district");
        AnnouncementRequest district = withTerritory(rural("a district for a rural akim"), DemoRegister.DISTRICT);

        for (AnnouncementRequest request : List.of(unknown, name, district)) {
            assertThatThrownBy(() -> elections.announce(request, "demo-tec"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).containsExactly("territory"));
        }
        assertThatThrownBy(() -> elections.announce(district, "demo-tec"))
                .hasMessageContaining("a RURAL election is held in a rural district");
    }

    @Test
    void onlyMembersOfTheOrganizingCommissionCallAnElectionInItsTerritory() {
        long before = count("election.election");
        // demo-tec sits on Tselinograd's TEC, not on Shortandy's next door
        AnnouncementRequest nextDoor = withTerritory(rural("next door"), DemoRegister.OTHER_RURAL_DISTRICT);

        assertThatThrownBy(() -> elections.announce(nextDoor, "demo-tec"))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining(DemoRegister.OTHER_TEC)
                .hasMessageContaining("demo-tec does not sit on it");
        assertThat(count("election.election")).isEqualTo(before);
    }

    private static AnnouncementRequest withTerritory(AnnouncementRequest r, String territory) {
        return new AnnouncementRequest(territory, r.level(), r.post(), r.reason(), r.callDate(), r.electionDay(),
                r.termEnd(), r.vacancyDate(), r.previousElectionNumber(), r.precinctsCsv());
    }

    @Test
    void requiresEveryFieldAndThePrecinctList() {
        AnnouncementRequest empty = new AnnouncementRequest(null, null, null, null, LocalDate.parse("2026-08-01"),
                null, null, null, null, null);

        assertThatThrownBy(() -> elections.announce(empty, "demo-tec"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("territory", "post", "level", "reason", "electionDay",
                                "precinctsCsv"));
    }

    @Test
    void refusesACallDateBeforeAnyRulesWereInForce() {
        AnnouncementRequest request = new AnnouncementRequest(DemoRegister.RURAL_DISTRICT, Level.RURAL, "Akim (Old rural district (service test))",
                ElectionReason.REPEAT, LocalDate.parse("2021-06-01"), LocalDate.parse("2021-07-25"), null,
                null, null, TWO_PRECINCTS);

        assertThatThrownBy(() -> elections.announce(request, "demo-tec"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("callDate",
                                "no election rules are in force on 2021-06-01; the earliest rules apply from "
                                        + rulesets.all().get(rulesets.all().size() - 1).effectiveFrom())));
    }

    @Test
    void takesTodayInKazakhstanFromTheEngineClockWhenNoCallDateIsGiven() {
        // 20:00 UTC on 1 August is already 2 August in UTC+5
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-08-01T20:00:00Z")));
        AnnouncementRequest request = new AnnouncementRequest(DemoRegister.RURAL_DISTRICT, Level.RURAL, "Akim of Clock rural district (Clock rural district (service test))",
                ElectionReason.EARLY, null, LocalDate.parse("2026-09-13"), null,
                LocalDate.parse("2026-07-20"), null, TWO_PRECINCTS);

        Election election = elections.announce(request, "demo-tec");

        assertThat(election.callDate()).isEqualTo(LocalDate.parse("2026-08-02"));
        assertThat(election.announcedAt().toInstant()).isEqualTo(Instant.parse("2026-08-01T20:00:00Z"));
    }

    @Test
    void linksARepeatElectionToTheElectionItFollows() {
        Election failed = elections.announce(rural("Repeat rural district (service test)"), "demo-tec");
        AnnouncementRequest repeat = new AnnouncementRequest(DemoRegister.RURAL_DISTRICT, Level.RURAL, "Akim of Repeat rural district (Repeat rural district (service test))",
                ElectionReason.REPEAT, LocalDate.parse("2026-09-20"),
                LocalDate.parse("2026-11-01"), null, null, failed.number(), TWO_PRECINCTS);

        assertThat(elections.announce(repeat, "demo-tec").previousElectionNumber()).isEqualTo(failed.number());
    }

    @Test
    void answersAnUnknownNumberWithNotFound() {
        assertThatThrownBy(() -> elections.byNumber("1999-RUR-0001"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Election 1999-RUR-0001 does not exist");
    }

    static AnnouncementRequest rural(String story) {
        return new AnnouncementRequest(DemoRegister.RURAL_DISTRICT, Level.RURAL, "Akim of " + story, ElectionReason.REGULAR,
                LocalDate.parse("2026-08-01"), LocalDate.parse("2026-09-13"), LocalDate.parse("2026-10-01"), null,
                null, TWO_PRECINCTS);
    }

    private List<Deadline> expectedDeadlines(AnnouncementRequest request, Level level) {
        return ElectoralCalendar.compute(request.callDate(), request.electionDay(), level,
                        rulesets.byId("kz-2024-03-01"), ElectionTime.zoneOf(request.territory()))
                .entries().stream().map(Deadline::of).toList();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static int sequenceOf(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
