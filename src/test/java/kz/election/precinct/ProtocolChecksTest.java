package kz.election.precinct;

import static kz.election.protocol.ProtocolCheck.CANDIDATE_LINES_MATCH_BALLOT;
import static kz.election.protocol.ProtocolCheck.COUNTS_NOT_NEGATIVE;
import static kz.election.protocol.ProtocolCheck.FOUND_NOT_MORE_THAN_ISSUED;
import static kz.election.protocol.ProtocolCheck.INVALID_PLUS_VOTES_EQUALS_FOUND;
import static kz.election.protocol.ProtocolCheck.ISSUED_NOT_MORE_THAN_VOTERS;
import static kz.election.protocol.ProtocolCheck.ISSUED_PLUS_CANCELLED_EQUALS_RECEIVED;
import static kz.election.protocol.ProtocolCheck.NO_BLANK_FIGURES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.election.protocol.ProtocolCheck;
import kz.election.protocol.ProtocolChecks;
import kz.election.protocol.ProtocolFailure;
import kz.election.protocol.ProtocolFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtocolChecksTest {

    private static final List<String> BALLOT = List.of("1", "2", "3");

    /** Candidate lines as "number:votes;..."; an empty votes part is a blank line. */
    static Map<String, Long> lines(String spec) {
        Map<String, Long> lines = new LinkedHashMap<>();
        if (spec == null) {
            return null;
        }
        for (String line : spec.split(";")) {
            String[] parts = line.split(":", -1);
            lines.put(parts[0], parts[1].isEmpty() ? null : Long.valueOf(parts[1]));
        }
        return lines;
    }

    static ProtocolFigures figures(Long voters, Long received, Long station, Long home, Long cancelled,
                                   Long found, Long invalid, String candidates, Long againstAll) {
        return new ProtocolFigures(voters, received, station, home, cancelled, found, invalid,
                lines(candidates), againstAll);
    }

    private static Set<ProtocolCheck> checksFailed(ProtocolFigures figures) {
        return ProtocolChecks.check(figures, BALLOT).stream()
                .map(ProtocolFailure::check)
                .collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                          | voters              | received            | station             | home | cancelled | found               | invalid | candidates                         | against
            typical rural precinct          | 900                 | 900                 | 700                 | 12   | 188       | 710                 | 10      | 1:400;2:250;3:20                   | 30
            precinct over 1,000 voters      | 2450                | 2400                | 1800                | 35   | 565       | 1830                | 25      | 1:900;2:700;3:105                  | 100
            zero turnout                    | 1200                | 1000                | 0                   | 0    | 1000      | 0                   | 0       | 1:0;2:0;3:0                        | 0
            every ballot issued and cast    | 500                 | 500                 | 500                 | 0    | 0         | 500                 | 0       | 1:200;2:200;3:100                  | 0
            some issued ballots taken away  | 800                 | 800                 | 600                 | 0    | 200       | 597                 | 7       | 1:300;2:200;3:60                   | 30
            huge but consistent numbers     | 9223372036854775807 | 9223372036854775807 | 9223372036854775800 | 2    | 5         | 9223372036854775802 | 0       | 1:9223372036854775800;2:2;3:0      | 0
            """)
    void acceptsConsistentProtocols(String name, long voters, long received, long station, long home,
                                    long cancelled, long found, long invalid, String candidates, long againstAll) {
        ProtocolFigures figures = figures(voters, received, station, home, cancelled, found, invalid, candidates,
                againstAll);

        assertThat(ProtocolChecks.check(figures, BALLOT)).isEmpty();
        assertThat(ProtocolChecks.passes(figures, BALLOT)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | voters | received | station | home | cancelled | found | invalid | candidates        | against | failed checks
            issued plus cancelled short of received | 900    | 900      | 700     | 12   | 180       | 710   | 10      | 1:400;2:250;3:20  | 30      | ISSUED_PLUS_CANCELLED_EQUALS_RECEIVED
            home ballots forgotten in received      | 900    | 888      | 700     | 12   | 188       | 710   | 10      | 1:400;2:250;3:20  | 30      | ISSUED_PLUS_CANCELLED_EQUALS_RECEIVED
            more ballots found than issued          | 900    | 900      | 700     | 12   | 188       | 713   | 13      | 1:400;2:250;3:20  | 30      | FOUND_NOT_MORE_THAN_ISSUED
            votes do not add up to found            | 900    | 900      | 700     | 12   | 188       | 710   | 10      | 1:401;2:250;3:20  | 30      | INVALID_PLUS_VOTES_EQUALS_FOUND
            against all left out of the sum         | 900    | 900      | 700     | 12   | 188       | 680   | 10      | 1:400;2:250;3:20  | 30      | INVALID_PLUS_VOTES_EQUALS_FOUND
            more issued than voters on the list     | 700    | 900      | 700     | 12   | 188       | 710   | 10      | 1:400;2:250;3:20  | 30      | ISSUED_NOT_MORE_THAN_VOTERS
            negative invalid ballots                | 900    | 900      | 700     | 12   | 188       | 710   | -10     | 1:420;2:250;3:20  | 30      | COUNTS_NOT_NEGATIVE
            negative candidate line                 | 900    | 900      | 700     | 12   | 188       | 710   | 10      | 1:400;2:290;3:-20 | 30      | COUNTS_NOT_NEGATIVE
            blank against all                       | 900    | 900      | 700     | 12   | 188       | 710   | 10      | 1:400;2:250;3:20  |         | NO_BLANK_FIGURES
            blank candidate line                    | 900    | 900      | 700     | 12   | 188       | 710   | 10      | 1:400;2:;3:20     | 30      | NO_BLANK_FIGURES
            blank voters on the list                |        | 900      | 700     | 12   | 188       | 710   | 10      | 1:400;2:250;3:20  | 30      | NO_BLANK_FIGURES
            candidate missing                       | 900    | 900      | 700     | 12   | 188       | 710   | 10      | 1:650;3:20        | 30      | CANDIDATE_LINES_MATCH_BALLOT
            candidate not on the ballot             | 900    | 900      | 700     | 12   | 188       | 710   | 10      | 1:400;2:250;3:20;9:0 | 30   | CANDIDATE_LINES_MATCH_BALLOT
            found and issued both wrong             | 700    | 900      | 700     | 12   | 188       | 800   | 10      | 1:400;2:250;3:20  | 30      | FOUND_NOT_MORE_THAN_ISSUED;INVALID_PLUS_VOTES_EQUALS_FOUND;ISSUED_NOT_MORE_THAN_VOTERS
            """)
    void rejectsInconsistentProtocolsNamingEveryFailedCheck(String name, Long voters, Long received, Long station,
                                                            Long home, Long cancelled, Long found, Long invalid,
                                                            String candidates, Long againstAll, String expected) {
        ProtocolFigures figures = figures(voters, received, station, home, cancelled, found, invalid, candidates,
                againstAll);

        Set<ProtocolCheck> expectedChecks = Arrays.stream(expected.split(";"))
                .map(ProtocolCheck::valueOf)
                .collect(Collectors.toSet());
        assertThat(checksFailed(figures)).isEqualTo(expectedChecks);
        assertThat(ProtocolChecks.passes(figures, BALLOT)).isFalse();
    }

    @Test
    void reportsEveryFailureAtOnceNotOnlyTheFirst() {
        // Received is 1000 but 1002 accounted for, found exceeds issued, votes exceed found,
        // issued exceeds the list, and a negative against-all count: five findings in one pass.
        ProtocolFigures figures = figures(800L, 1000L, 800L, 12L, 190L, 820L, 10L, "1:500;2:300;3:20", -1L);

        List<ProtocolFailure> failures = ProtocolChecks.check(figures, BALLOT);

        assertThat(failures).extracting(ProtocolFailure::check).containsExactly(
                COUNTS_NOT_NEGATIVE,
                ISSUED_PLUS_CANCELLED_EQUALS_RECEIVED,
                FOUND_NOT_MORE_THAN_ISSUED,
                INVALID_PLUS_VOTES_EQUALS_FOUND,
                ISSUED_NOT_MORE_THAN_VOTERS);
    }

    @Test
    void failureMessagesCarryTheNumbersAndNameTheFields() {
        ProtocolFigures figures = figures(1200L, 1000L, 800L, 12L, 190L, 790L, 10L, "1:500;2:250;3:0", 30L);

        List<ProtocolFailure> failures = ProtocolChecks.check(figures, BALLOT);

        assertThat(failures).containsExactly(new ProtocolFailure(ISSUED_PLUS_CANCELLED_EQUALS_RECEIVED,
                List.of("ballotsIssuedAtStation", "ballotsIssuedAtHome", "ballotsCancelled", "ballotsReceived"),
                "issued 812 (station 800 + home 12) + cancelled 190 = 1002, but received is 1000"));
    }

    @Test
    void voteSumFailureNamesEveryCandidateLineInBallotOrder() {
        ProtocolFigures figures = figures(900L, 900L, 700L, 12L, 188L, 710L, 10L, "3:20;1:401;2:250", 30L);

        List<ProtocolFailure> failures = ProtocolChecks.check(figures, BALLOT);

        assertThat(failures).singleElement().satisfies(failure -> {
            assertThat(failure.fields()).containsExactly("invalidBallots", "candidateVotes[1]", "candidateVotes[2]",
                    "candidateVotes[3]", "againstAll", "ballotsFound");
            assertThat(failure.message()).isEqualTo("invalid 10 + candidates 671 + against all 30 = 711, but found is 710");
        });
    }

    @Test
    void namesTheMissingAndTheUnknownCandidate() {
        ProtocolFigures figures = figures(900L, 900L, 700L, 12L, 188L, 710L, 10L, "1:400;7:250;3:20", 30L);

        List<ProtocolFailure> failures = ProtocolChecks.check(figures, BALLOT);

        assertThat(failures).extracting(ProtocolFailure::check)
                .containsOnly(CANDIDATE_LINES_MATCH_BALLOT);
        assertThat(failures).extracting(ProtocolFailure::fields)
                .containsExactly(List.of("candidateVotes[2]"), List.of("candidateVotes[7]"));
        assertThat(failures.get(0).message()).contains("candidate 2").contains("is on the ballot");
        assertThat(failures.get(1).message()).contains("candidate 7").contains("not on the ballot");
    }

    @Test
    void reportsEachBlankByNameAndSkipsOnlyTheChecksThatNeedIt() {
        // Received and invalid are blank: the checks using them cannot be evaluated, but issued > voters can.
        ProtocolFigures figures = figures(700L, null, 700L, 12L, 188L, 710L, null, "1:400;2:250;3:20", 30L);

        List<ProtocolFailure> failures = ProtocolChecks.check(figures, BALLOT);

        assertThat(failures).extracting(ProtocolFailure::check)
                .containsExactly(NO_BLANK_FIGURES, NO_BLANK_FIGURES, ISSUED_NOT_MORE_THAN_VOTERS);
        assertThat(failures).extracting(ProtocolFailure::fields)
                .startsWith(List.of("ballotsReceived"), List.of("invalidBallots"));
    }

    @Test
    void reportsMissingVotesPerCandidateWithoutThrowing() {
        ProtocolFigures figures = figures(900L, 900L, 700L, 12L, 188L, 710L, 10L, null, 30L);

        assertThat(ProtocolChecks.check(figures, BALLOT)).containsExactly(new ProtocolFailure(NO_BLANK_FIGURES,
                List.of("candidateVotes"), "the votes per candidate are missing"));
    }

    @Test
    void hugeNumbersThatWouldOverflowALongFailWithExactSumsInsteadOfThrowing() {
        long max = Long.MAX_VALUE;
        ProtocolFigures figures = figures(max, max, max, max, max, max, 0L, "1:" + max + ";2:" + max + ";3:0", 0L);

        List<ProtocolFailure> failures = ProtocolChecks.check(figures, BALLOT);

        assertThat(failures).extracting(ProtocolFailure::check).containsExactly(
                ISSUED_PLUS_CANCELLED_EQUALS_RECEIVED,
                INVALID_PLUS_VOTES_EQUALS_FOUND,
                ISSUED_NOT_MORE_THAN_VOTERS);
        assertThat(failures.get(0).message())
                .isEqualTo("issued 18446744073709551614 (station 9223372036854775807 + home 9223372036854775807)"
                        + " + cancelled 9223372036854775807 = 27670116110564327421, but received is 9223372036854775807");
    }

    @Test
    void aProtocolThatPassesHasItsIssuedSumWithinALong() {
        ProtocolFigures figures = figures(2450L, 2400L, 1800L, 35L, 565L, 1830L, 25L, "1:900;2:700;3:105", 100L);

        assertThat(figures.ballotsIssued()).isEqualTo(1835L);
    }

    @Test
    void keepsCandidateLinesInTheOrderGivenAndUnmodifiable() {
        ProtocolFigures figures = figures(900L, 900L, 700L, 12L, 188L, 710L, 10L, "1:400;2:250;3:20", 30L);

        assertThat(figures.candidateVotes().keySet()).containsExactly("1", "2", "3");
        assertThatThrownBy(() -> figures.candidateVotes().put("4", 1L))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesABallotWithARepeatedRegistrationNumber() {
        ProtocolFigures figures = figures(900L, 900L, 700L, 12L, 188L, 710L, 10L, "1:400;2:250;3:20", 30L);

        assertThatThrownBy(() -> ProtocolChecks.check(figures, List.of("1", "2", "2")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
