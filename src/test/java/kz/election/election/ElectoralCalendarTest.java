package kz.election.election;

import kz.election.common.ElectionTime;
import kz.election.ruleset.Certainty;
import kz.election.ruleset.Level;
import kz.election.ruleset.Ruleset;
import kz.election.ruleset.RulesetCatalog;
import kz.election.ruleset.RulesetSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static kz.election.election.ElectoralCalendar.*;
import static org.assertj.core.api.Assertions.assertThat;

class ElectoralCalendarTest {

    @ParameterizedTest(name = "{1} election on {0}: {2} at {3}")
    @CsvSource(textBlock = """
        # the call is on E-60 in every row
        # across the new year
        2027-01-03, RURAL,    nominationOpens,            2026-11-05T00:00+05:00
        2027-01-03, RURAL,    nominationCloses,           2026-12-08T18:00+05:00
        2027-01-03, RURAL,    registrationCloses,         2026-12-13T18:00+05:00
        2027-01-03, RURAL,    voterListsDelivered,        2026-12-15T00:00+05:00
        2027-01-03, RURAL,    voterListInspectionOpens,   2026-12-19T00:00+05:00
        2027-01-03, RURAL,    campaignEnds,               2027-01-02T00:00+05:00
        2027-01-03, RURAL,    pollsOpen,                  2027-01-03T07:00+05:00
        2027-01-03, RURAL,    homeVotingRequestsClose,    2027-01-03T12:00+05:00
        2027-01-03, RURAL,    pollsClose,                 2027-01-03T20:00+05:00
        2027-01-03, RURAL,    countDeadline,              2027-01-04T08:00+05:00
        2027-01-03, RURAL,    resultDeadline,             2027-01-07T00:00+05:00
        2027-01-03, RURAL,    winnerRegistrationDeadline, 2027-01-11T00:00+05:00
        2027-01-03, DISTRICT, nominationCloses,           2026-12-03T18:00+05:00
        2027-01-03, DISTRICT, registrationCloses,         2026-12-08T18:00+05:00
        2027-01-03, DISTRICT, campaignEnds,               2027-01-02T00:00+05:00
        # results and winner fall into the next year
        2026-12-27, DISTRICT, countDeadline,              2026-12-28T08:00+05:00
        2026-12-27, DISTRICT, resultDeadline,             2026-12-31T00:00+05:00
        2026-12-27, DISTRICT, winnerRegistrationDeadline, 2027-01-04T00:00+05:00
        # leap-year February, backwards: E-26 is 29 February
        2028-03-26, RURAL,    nominationCloses,           2028-02-29T18:00+05:00
        2028-03-26, DISTRICT, nominationCloses,           2028-02-24T18:00+05:00
        2028-03-26, DISTRICT, registrationCloses,         2028-02-29T18:00+05:00
        # leap-year February, forwards: E+3 ends on 2 March, not 3 March
        2028-02-27, RURAL,    resultDeadline,             2028-03-02T00:00+05:00
        2028-02-27, RURAL,    winnerRegistrationDeadline, 2028-03-06T00:00+05:00
        """)
    void computesEachDeadlineFromElectionDayAndLevel(LocalDate electionDay, Level level, String key,
                                                      OffsetDateTime expected) {
        LocalDate callDate = electionDay.minusDays(60);

        ElectoralCalendar calendar = ElectoralCalendar.compute(callDate, electionDay, level, TestRulesets.KZ_2026, ElectionTime.COUNTRY);

        assertThat(calendar.at(key)).isEqualTo(expected);
        assertThat(calendar.at(key).getOffset()).isEqualTo(ZoneOffset.ofHours(5));
    }

    /**
     * The commissions' own published calendars are the oracle (docs/RULES.md, "The calendar"): the CEC's for
     * the district pilot of 5 November 2023, called at E-51 (nomination "until 30 days before, that is
     * 5 October", registration until 18:00 of 10 October), and the Aktogay TEC's for the rural election of
     * 17 September 2023, called by its decision No. 28 of 9 August 2023 (nomination until 22 August,
     * registration until 18:00 of 27 August). Local times: the zone of a 2023 date is the territory's.
     */
    @ParameterizedTest(name = "{2} election of {1}, called {0}: {3} at {4}")
    @CsvSource(textBlock = """
        2023-09-15, 2023-11-05, DISTRICT, nominationOpens,    2023-09-16T00:00
        2023-09-15, 2023-11-05, DISTRICT, nominationCloses,   2023-10-05T18:00
        2023-09-15, 2023-11-05, DISTRICT, registrationCloses, 2023-10-10T18:00
        2023-08-09, 2023-09-17, RURAL,    nominationOpens,    2023-08-10T00:00
        2023-08-09, 2023-09-17, RURAL,    nominationCloses,   2023-08-22T18:00
        2023-08-09, 2023-09-17, RURAL,    registrationCloses, 2023-08-27T18:00
        """)
    void closesNominationAndRegistrationOnTheDaysOfTheCommissionsOfficialCalendars(LocalDate callDate,
            LocalDate electionDay, Level level, String key, LocalDateTime official) {
        ElectoralCalendar calendar = ElectoralCalendar.compute(callDate, electionDay, level, TestRulesets.KZ_2026, ElectionTime.COUNTRY);

        assertThat(calendar.at(key).toLocalDateTime()).isEqualTo(official);
    }

    /**
     * docs/RULES.md, Elections and the commissions that run them: the east kept UTC+6 until 1 March 2024, the
     * west was UTC+5; the calendar is in the territory's zone, so the pilot's 18:00 is 12:00 UTC in Akmola
     * and 13:00 UTC in Aktobe, and one zone since.
     */
    @ParameterizedTest(name = "{0} election in {1}: {2} at {3}")
    @CsvSource(textBlock = """
        2023-11-05, 116600000, nominationCloses,   2023-10-05T18:00+06:00
        2023-11-05, 116600000, pollsClose,         2023-11-05T20:00+06:00
        2023-11-05, 151000000, nominationCloses,   2023-10-05T18:00+05:00
        2023-11-05, 151000000, registrationCloses, 2023-10-10T18:00+05:00
        2023-11-05, 391000000, nominationCloses,   2023-10-05T18:00+06:00
        2027-01-03, 116600000, nominationCloses,   2026-12-03T18:00+05:00
        2027-01-03, 151000000, nominationCloses,   2026-12-03T18:00+05:00
        """)
    void computesTheDeadlinesInTheTerritorysZoneAsItWasOnThatDay(LocalDate electionDay, String territory, String key,
                                                                  OffsetDateTime expected) {
        ElectoralCalendar calendar = ElectoralCalendar.compute(electionDay.minusDays(51), electionDay, Level.DISTRICT,
                TestRulesets.KZ_2026, ElectionTime.zoneOf(territory));

        assertThat(calendar.at(key)).isEqualTo(expected);
        assertThat(calendar.at(key).toInstant()).isEqualTo(expected.toInstant());
    }

    @Test
    void keepsTheDeadlinesOfElectionsCalledUnderTheEarlierRuleset() {
        LocalDate electionDay = LocalDate.of(2026, 11, 1);

        ElectoralCalendar calendar = ElectoralCalendar.compute(electionDay.minusDays(60), electionDay, Level.DISTRICT,
                TestRulesets.KZ_2024, ElectionTime.COUNTRY);

        assertThat(calendar.at(NOMINATION_CLOSES)).isEqualTo("2026-10-02T18:00+05:00");
        assertThat(calendar.at(REGISTRATION_CLOSES)).isEqualTo("2026-10-07T18:00+05:00");
        assertThat(calendar.rulesetId()).isEqualTo("kz-2024-03-01");
    }

    /**
     * docs/RULES.md, Nomination and eligibility: the last day of withdrawal is a ruleset value (U). kz-2026-12-08
     * keeps it at E-2, to 00:00 of E-1 when campaigning ends; another value moves it; the earlier ruleset has
     * none and withdrawal closes with the campaign.
     */
    @ParameterizedTest(name = "last day E-{0}: withdrawal closes at {1}")
    @CsvSource(textBlock = """
        2, 2027-01-02T00:00+05:00
        3, 2027-01-01T00:00+05:00
        7, 2026-12-28T00:00+05:00
        """)
    void closesWithdrawalAtTheEndOfTheRulesetsLastDay(int lastDayBefore, OffsetDateTime expected) {
        String shipped = readShipped("rules/kz-2026-12-08.yaml");
        String text = shipped.replace("withdrawalLastDayBefore: {value: 2,", "withdrawalLastDayBefore: {value: " + lastDayBefore + ",");
        assertThat(shipped).contains("withdrawalLastDayBefore: {value: 2,");
        Ruleset ruleset = new RulesetCatalog(List.of(new RulesetSource("kz-2026-12-08.yaml", text))).byId("kz-2026-12-08");

        ElectoralCalendar calendar = ElectoralCalendar.compute(LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 3),
                Level.RURAL, ruleset, ElectionTime.COUNTRY);

        assertThat(calendar.at(WITHDRAWAL_CLOSES)).isEqualTo(expected);
        assertThat(calendar.withdrawalCloses()).isEqualTo(expected);
        assertThat(calendar.entry(WITHDRAWAL_CLOSES).certainty()).isEqualTo(Certainty.U);
    }

    @Test
    void closesWithdrawalWithTheCampaignUnderTheEarlierRuleset() {
        ElectoralCalendar calendar = ElectoralCalendar.compute(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 1),
                Level.RURAL, TestRulesets.KZ_2024, ElectionTime.COUNTRY);

        assertThat(calendar.entries()).extracting(CalendarEntry::key).doesNotContain(WITHDRAWAL_CLOSES);
        assertThat(calendar.withdrawalCloses()).isEqualTo(calendar.at(CAMPAIGN_ENDS)).isEqualTo("2026-10-31T00:00+05:00");
    }

    private static String readShipped(String resource) {
        try (var in = java.util.Objects.requireNonNull(ElectoralCalendarTest.class.getClassLoader().getResourceAsStream(resource))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void opensNominationTheDayAfterTheCall() {
        ElectoralCalendar calendar = ElectoralCalendar.compute(
                LocalDate.of(2027, 2, 28), LocalDate.of(2027, 4, 25), Level.DISTRICT, TestRulesets.KZ_2026, ElectionTime.COUNTRY);

        assertThat(calendar.at(NOMINATION_OPENS)).isEqualTo("2027-03-01T00:00+05:00");
    }

    @Test
    void listsEveryDeadlineInTimeOrderWithItsCitation() {
        ElectoralCalendar calendar = ElectoralCalendar.compute(
                LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 3), Level.RURAL, TestRulesets.KZ_2026, ElectionTime.COUNTRY);

        assertThat(calendar.entries()).extracting(CalendarEntry::key).containsExactly(
                NOMINATION_OPENS, NOMINATION_CLOSES, REGISTRATION_CLOSES, VOTER_LISTS_DELIVERED,
                VOTER_LIST_INSPECTION_OPENS, CAMPAIGN_ENDS, WITHDRAWAL_CLOSES, POLLS_OPEN, HOME_VOTING_REQUESTS_CLOSE,
                POLLS_CLOSE, COUNT_DEADLINE, RESULT_DEADLINE, WINNER_REGISTRATION_DEADLINE);
        assertThat(calendar.entries()).allSatisfy(e -> {
            assertThat(e.name()).isNotBlank();
            assertThat(e.citation()).isNotBlank();
        });
        assertThat(calendar.rulesetId()).isEqualTo("kz-2026-12-08");
    }
}
