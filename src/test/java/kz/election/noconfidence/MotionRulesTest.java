package kz.election.noconfidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import kz.election.common.FieldViolation;
import kz.election.ruleset.CalendarRules;
import kz.election.ruleset.Certainty;
import kz.election.ruleset.Cited;
import kz.election.ruleset.Level;
import kz.election.ruleset.NoConfidenceRules;
import kz.election.ruleset.RulesetCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The no-confidence rules of Art. 24 as the ruleset reads them, as tables. */
class MotionRulesTest {

    static final NoConfidenceRules SHIPPED = RulesetCatalog.fromClasspath(RulesetCatalog.DEFAULT_LOCATION)
            .byId("kz-2024-03-01").noConfidence();
    static final BigDecimal ONE_FIFTH = new BigDecimal("0.2");
    static final BigDecimal HALF = new BigDecimal("0.5");

    @ParameterizedTest(name = "{0} deputies: at least {1} must sign")
    @CsvSource({
            // deputies, initiators needed: a fraction of a deputy rounds up
            "25, 5",
            "23, 5",   // 4.6
            "21, 5",   // 4.2
            "20, 4",
            "11, 3",   // 2.2
            "7, 2",    // 1.4
            "5, 1",
            "1, 1"})
    void oneFifthOfTheDeputiesRoundedUpInitiates(int deputies, int needed) {
        assertThat(MotionRules.initiatorsNeeded(deputies, ONE_FIFTH)).isEqualTo(needed);
    }

    @ParameterizedTest(name = "{0} deputies: {1} votes for carry it")
    @CsvSource({
            // deputies, votes needed: MORE than half of ALL deputies
            "25, 13",
            "24, 13",
            "23, 12",
            "2, 2",
            "1, 1",
            "50, 26"})
    void aMajorityOfAllDeputiesCarries(int deputies, int needed) {
        assertThat(MotionRules.votesNeededToCarry(deputies, HALF)).isEqualTo(needed);
    }

    @ParameterizedTest(name = "{0} for, {1} against, {2} abstained of {3}: carried {4}, {5} absent")
    @CsvSource({
            // for, against, abstained, total, carried, absentees
            "13, 0, 0, 25, true, 12",   // a majority of all, though half the maslikhat stayed away
            "12, 0, 0, 25, false, 13",  // every deputy present voted for, yet 12 of 25 is not a majority of all
            "12, 5, 2, 25, false, 6",   // a majority of those present (12 of 19) does not carry it
            "13, 12, 0, 25, true, 0",
            "12, 12, 0, 24, false, 0",  // exactly half is not more than half
            "13, 11, 0, 24, true, 0",
            "12, 0, 11, 23, true, 0"})
    void carriedOnlyByAMajorityOfAllDeputiesNotOfThosePresent(int votesFor, int against, int abstained, int total,
                                                              boolean carried, int absentees) {
        MotionRules.Vote vote = new MotionRules.Vote(votesFor, against, abstained, total);
        assertThat(MotionRules.carried(vote, HALF)).isEqualTo(carried);
        assertThat(vote.absentees()).isEqualTo(absentees);
    }

    @ParameterizedTest(name = "for {0}, against {1}, abstained {2}, total {3}: problems in {4}")
    @CsvSource(nullValues = "null", value = {
            "13, 5, 2, 25, ''",
            "25, 0, 0, 25, ''",
            "0, 0, 0, 25, ''",
            "20, 5, 1, 25, votesFor",          // 26 votes of 25 deputies
            "-1, 5, 2, 25, votesFor",
            "13, -5, 2, 25, votesAgainst",
            "13, 5, -2, 25, votesAbstained",
            "null, 5, 2, 25, votesFor",
            "13, null, null, 25, votesAgainst votesAbstained",
            "13, 5, 2, 0, deputiesTotal",
            "13, 5, 2, null, deputiesTotal"})
    void aVoteMustAddUpToNoMoreThanTheDeputies(Integer votesFor, Integer against, Integer abstained, Integer total,
                                              String fields) {
        List<String> expected = fields.isBlank() ? List.of() : Arrays.asList(fields.split(" "));
        assertThat(MotionRules.checkVote(votesFor, against, abstained, total)).extracting(FieldViolation::field)
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", value = {
            // case, level, deputies, signed, rejected on, filed on, akim since, last failed vote, min service, waiting, failing rule
            "enough signatures, DISTRICT, 25, 5, 2026-12-10 2027-02-15, 2027-03-01, 2026-09-20, null, 0, 0, null",
            "one signature short, DISTRICT, 25, 4, 2026-12-10 2027-02-15, 2027-03-01, 2026-09-20, null, 0, 0, INITIATORS",
            "odd total rounds up: 5 of 23, DISTRICT, 23, 5, 2026-12-10 2027-02-15, 2027-03-01, 2026-09-20, null, 0, 0, null",
            "odd total rounds up: 4 of 23 short, DISTRICT, 23, 4, 2026-12-10 2027-02-15, 2027-03-01, 2026-09-20, null, 0, 0, INITIATORS",
            "reports rejected only once, DISTRICT, 25, 6, 2027-02-15, 2027-03-01, 2026-09-20, null, 0, 0, GROUND",
            "the same date twice, DISTRICT, 25, 6, 2027-02-15 2027-02-15, 2027-03-01, 2026-09-20, null, 0, 0, GROUND",
            "a rejection before the term began, DISTRICT, 25, 6, 2026-06-01 2027-02-15, 2027-03-01, 2026-09-20, null, 0, 0, GROUND",
            "a rejection after filing, DISTRICT, 25, 6, 2026-12-10 2027-03-05, 2027-03-01, 2026-09-20, null, 0, 0, GROUND",
            "service time not reached, DISTRICT, 25, 6, 2026-12-10 2027-02-15, 2027-03-01, 2026-09-20, null, 180, 0, MIN_SERVICE",
            "service time reached, DISTRICT, 25, 6, 2026-12-10 2027-02-15, 2027-03-20, 2026-09-20, null, 180, 0, null",
            "too soon after a failed motion, DISTRICT, 25, 6, 2026-12-10 2027-02-15, 2027-03-01, 2026-09-20, 2027-01-10, 0, 90, WAITING_PERIOD",
            "waited long enough, DISTRICT, 25, 6, 2026-12-10 2027-02-15, 2027-04-10, 2026-09-20, 2027-01-10, 0, 90, null",
            "no waiting period set, DISTRICT, 25, 6, 2026-11-10 2026-12-15, 2027-01-11, 2026-09-20, 2027-01-10, 0, 0, null",
            "rural akim while the ruleset applies it, RURAL, 11, 3, 2026-12-10 2027-02-15, 2027-03-01, 2026-09-20, null, 0, 0, null"})
    void admissibility(String story, Level level, int deputies, int signed, String rejectedOn, LocalDate filedOn,
                       LocalDate since, LocalDate lastFailed, int minService, int waiting, String failing) {
        NoConfidenceRules rules = rules(true, minService, waiting);
        List<LocalDate> dates = Arrays.stream(rejectedOn.split(" ")).map(LocalDate::parse).toList();
        List<MotionRules.Finding> findings = MotionRules.admissibility(new MotionRules.MotionFacts(level, deputies, signed,
                MotionGround.REPORTS_REJECTED_TWICE, null, dates, filedOn, since, lastFailed), rules);

        assertThat(findings.stream().filter(f -> !f.passed()).map(MotionRules.Finding::code).toList())
                .isEqualTo(failing == null ? List.of() : List.of(failing));
        assertThat(MotionRules.admissible(findings)).isEqualTo(failing == null);
        assertThat(findings).allSatisfy(f -> assertThat(f.citation()).isNotBlank());
    }

    @Test
    void aRuralAkimIsOutOfReachWhenTheRulesetSaysSo() {
        List<MotionRules.Finding> findings = MotionRules.admissibility(new MotionRules.MotionFacts(Level.RURAL, 11, 3,
                MotionGround.OTHER, "Budget misused", List.of(), LocalDate.parse("2027-03-01"), null, null),
                rules(false, 0, 0));
        assertThat(findings).filteredOn(f -> !f.passed()).extracting(MotionRules.Finding::code)
                .containsExactly("APPLIES_TO_POST");
    }

    @Test
    void namesTheShortfallAndTheRuleInTheFinding() {
        List<MotionRules.Finding> findings = MotionRules.admissibility(new MotionRules.MotionFacts(Level.DISTRICT, 23, 4,
                MotionGround.REPORTS_REJECTED_TWICE, null, List.of(LocalDate.parse("2026-12-10"),
                LocalDate.parse("2027-02-15")), LocalDate.parse("2027-03-01"), LocalDate.parse("2026-09-20"), null), SHIPPED);
        assertThat(findings).filteredOn(f -> f.code().equals("INITIATORS")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("4 of 23 deputies signed; at least 5 (0.2 of the deputies) are needed"))
                .satisfies(f -> assertThat(f.citation()).contains("Art. 24"));
    }

    @ParameterizedTest(name = "called {0} with {1} days minimum: {2}")
    @CsvSource({
            "2027-03-10, 40, 2027-04-25",  // Wednesday + 40 = Monday 19 April -> Sunday 25 April
            "2027-03-07, 40, 2027-04-18",  // Sunday + 40 = Saturday 16 April -> 18th
            "2027-03-14, 42, 2027-04-25",  // lands on a Sunday itself
            "2027-03-10, 50, 2027-05-02"})
    void theEarlyElectionIsProposedForTheFirstSundayTheCalendarAllows(LocalDate call, int minDays, LocalDate proposed) {
        assertThat(EarlyElectionRules.proposedElectionDay(call, minDays)).isEqualTo(proposed);
        assertThat(proposed.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
    }

    @ParameterizedTest(name = "{0} election called on {1}: proposed {2}, latest {3}")
    @CsvSource({
            // level, call (each weekday once), the proposed first Sunday, the last day the window allows
            "RURAL,    2027-03-08, 2027-04-18, 2027-05-08",  // Monday + 40 = Saturday 17 April
            "RURAL,    2027-03-09, 2027-04-18, 2027-05-09",
            "RURAL,    2027-03-10, 2027-04-25, 2027-05-10",  // + 40 = Monday 19 April: six days to the Sunday
            "RURAL,    2027-03-11, 2027-04-25, 2027-05-11",
            "RURAL,    2027-03-12, 2027-04-25, 2027-05-12",
            "RURAL,    2027-03-13, 2027-04-25, 2027-05-13",
            "RURAL,    2027-03-14, 2027-04-25, 2027-05-14",  // a Sunday call: + 40 = Friday
            "DISTRICT, 2027-03-08, 2027-05-02, 2027-05-18",
            "DISTRICT, 2027-03-10, 2027-05-02, 2027-05-20",  // + 50 = Thursday 29 April
            "DISTRICT, 2027-03-14, 2027-05-09, 2027-05-24",  // + 50 = Monday 3 May: six days to the Sunday
            "DISTRICT, 2027-04-07, 2027-05-30, 2027-06-17"})
    void theShippedRulesetLetsTheProposedEarlyElectionDayBeCalled(Level level, LocalDate call, LocalDate proposed,
                                                                  LocalDate latest) {
        CalendarRules calendar = RulesetCatalog.fromClasspath(RulesetCatalog.DEFAULT_LOCATION).byId("kz-2024-03-01")
                .calendar(level);
        LocalDate day = EarlyElectionRules.proposedElectionDay(call, calendar.minDaysFromCallToElection().value());
        LocalDate last = EarlyElectionRules.latestElectionDay(call, calendar.earlyElectionWithinDaysAfterCall().value());
        assertThat(day).isEqualTo(proposed);
        assertThat(last).isEqualTo(latest);
        // what the announcement checks demand (at least the minimum after the call) and the early window agree
        assertThat(day).isAfterOrEqualTo(call.plusDays(calendar.minDaysFromCallToElection().value())).isBeforeOrEqualTo(last);
    }

    @Test
    void theShippedRulesetSetsNoPeriodsAndThirtyDaysForTheDecision() {
        assertThat(SHIPPED.minServiceDaysBeforeMotion().value()).isZero();
        assertThat(SHIPPED.waitingDaysAfterFailedMotion().value()).isZero();
        assertThat(SHIPPED.decisionDays().value()).isEqualTo(30);
        assertThat(SHIPPED.decisionDays().certainty()).isEqualTo(Certainty.U);
    }

    private static NoConfidenceRules rules(boolean rural, int minService, int waiting) {
        return new NoConfidenceRules(SHIPPED.initiationMinShareOfDeputies(), SHIPPED.carriedByMoreThanShareOfAllDeputies(),
                SHIPPED.decidedBy(), new Cited<>(rural, "test", Certainty.U), new Cited<>(minService, "test", Certainty.U),
                new Cited<>(waiting, "test", Certainty.U), SHIPPED.decisionDays(), SHIPPED.appealAnswerWorkingDays(),
                SHIPPED.appealExtensionMaxMonths(), SHIPPED.appealExtensionNoticeWorkingDays(),
                SHIPPED.appealForwardWorkingDays());
    }
}
