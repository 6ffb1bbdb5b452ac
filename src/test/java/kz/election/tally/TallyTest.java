package kz.election.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.election.ballot.Ballot;
import kz.election.ballot.BallotCandidate;
import kz.election.protocol.ProtocolChecks;
import kz.election.protocol.ProtocolFigures;
import kz.election.ruleset.StruckOffVotes;
import kz.election.ruleset.TieRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TallyTest {

    // Registration numbers deliberately not in registration order, so a tie is decided by order, not by number.
    private static final Ballot THREE_CANDIDATES = new Ballot(List.of(
            new BallotCandidate("11", "Aibek", 1),
            new BallotCandidate("7", "Dana", 2),
            new BallotCandidate("3", "Erlan", 3)));

    /**
     * A consistent protocol: every issued ballot ends up in the box, all issued at the station, the
     * rest of the list's ballots cancelled.
     */
    static ProtocolFigures protocol(Ballot ballot, long voters, long invalid, long againstAll, long... votes) {
        Map<String, Long> lines = new LinkedHashMap<>();
        List<String> numbers = ballot.registrationNumbers();
        long found = invalid + againstAll;
        for (int i = 0; i < numbers.size(); i++) {
            lines.put(numbers.get(i), votes[i]);
            found += votes[i];
        }
        return new ProtocolFigures(voters, voters, found, 0L, voters - found, found, invalid, lines, againstAll);
    }

    /** Precincts as "P1:voters:invalid:againstAll:v1/v2/v3; P2:...", each at version 1. */
    static List<AcceptedProtocol> precincts(Ballot ballot, String spec) {
        List<AcceptedProtocol> protocols = new ArrayList<>();
        if (spec == null) {
            return protocols;
        }
        for (String precinct : spec.split(";")) {
            String[] p = precinct.trim().split(":");
            long[] votes = Arrays.stream(p[4].split("/")).mapToLong(Long::parseLong).toArray();
            protocols.add(new AcceptedProtocol(p[0], 1, protocol(ballot, Long.parseLong(p[1]), Long.parseLong(p[2]),
                    Long.parseLong(p[3]), votes)));
        }
        return protocols;
    }

    static Set<String> set(String spec) {
        return spec == null ? Set.of() : Set.of(spec.split(";"));
    }

    static List<String> registrationNumbers(Outcome outcome) {
        if (outcome instanceof Outcome.Elected elected) {
            return List.of(elected.candidate().registrationNumber());
        }
        if (outcome instanceof Outcome.RepeatVoting repeat) {
            return repeat.tiedCandidates().stream().map(BallotCandidate::registrationNumber).toList();
        }
        return List.of();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                              | against all fails | tie rule             | precincts (id:voters:invalid:against:11/7/3)        | excluded | total | outcome            | candidates
            plain win                                           | false | REPEAT_VOTING        | P1:1000:10:30:400/250/20                               |          | 1     | ELECTED            | 11
            against all ahead of every candidate, switch off    | false | REPEAT_VOTING        | P1:1000:10:500:200/150/100                             |          | 1     | ELECTED            | 11
            against all ahead of every candidate, switch on     | true  | REPEAT_VOTING        | P1:1000:10:500:200/150/100                             |          | 1     | FAILED_AGAINST_ALL |
            against all level with the top, switch on           | true  | REPEAT_VOTING        | P1:1000:0:200:200/100/50                               |          | 1     | ELECTED            | 11
            invalid ballots outnumber the winner                | false | REPEAT_VOTING        | P1:1000:400:0:300/200/50                               |          | 1     | ELECTED            | 11
            tie at the top goes to repeat voting                | false | REPEAT_VOTING        | P1:1000:0:0:100/300/300                                |          | 1     | REPEAT_VOTING      | 7;3
            tie at the top goes to the earlier registered       | false | EARLIER_REGISTRATION | P1:1000:0:0:100/300/300                                |          | 1     | ELECTED            | 7
            tie formed across precincts                         | false | REPEAT_VOTING        | P1:800:5:5:300/200/0; P2:900:5:5:100/200/0             |          | 2     | REPEAT_VOTING      | 11;7
            three-way tie goes to repeat voting                 | false | REPEAT_VOTING        | P1:1000:0:0:200/200/200                                |          | 1     | REPEAT_VOTING      | 11;7;3
            three-way tie goes to the earliest registered       | false | EARLIER_REGISTRATION | P1:1000:0:0:200/200/200                                |          | 1     | ELECTED            | 11
            tie below the top does not matter                   | false | REPEAT_VOTING        | P1:1000:0:0:50/300/50                                  |          | 1     | ELECTED            | 7
            winner with all precincts counted                   | false | REPEAT_VOTING        | P1:1000:0:0:300/100/0; P2:1000:0:0:50/200/0            |          | 2     | ELECTED            | 11
            excluded precinct changes the winner                | false | REPEAT_VOTING        | P1:1000:0:0:300/100/0; P2:1000:0:0:50/200/0            | P1       | 2     | ELECTED            | 7
            precinct over 1,000 voters                          | false | REPEAT_VOTING        | P1:2450:25:100:900/700/105; P2:300:1:9:100/150/10      |          | 2     | ELECTED            | 11
            zero turnout everywhere                             | false | REPEAT_VOTING        | P1:1000:0:0:0/0/0; P2:500:0:0:0/0/0                    |          | 2     | NO_VALID_RESULT    |
            zero turnout everywhere, switch on                  | true  | REPEAT_VOTING        | P1:1000:0:0:0/0/0; P2:500:0:0:0/0/0                    |          | 2     | NO_VALID_RESULT    |
            only invalid ballots                                | false | REPEAT_VOTING        | P1:1000:40:0:0/0/0                                     |          | 1     | NO_VALID_RESULT    |
            only against all votes, switch off                  | false | REPEAT_VOTING        | P1:1000:0:40:0/0/0                                     |          | 1     | NO_VALID_RESULT    |
            only against all votes, switch on                   | true  | REPEAT_VOTING        | P1:1000:0:40:0/0/0                                     |          | 1     | FAILED_AGAINST_ALL |
            no protocol accepted yet                            | false | REPEAT_VOTING        |                                                        |          | 2     | NO_VALID_RESULT    |
            every precinct excluded                             | false | REPEAT_VOTING        | P1:1000:0:0:300/100/0                                  | P1       | 1     | NO_VALID_RESULT    |
            """)
    void decidesTheOutcome(String name, boolean againstAllFails, TieRule tieRule, String precincts, String excluded,
                           int total, Outcome.Kind expectedKind, String expectedCandidates) {
        Tabulation tabulation = Tally.tabulate(THREE_CANDIDATES, precincts(THREE_CANDIDATES, precincts),
                set(excluded), total, new OutcomeRules(againstAllFails, tieRule, BigDecimal.ZERO));

        assertThat(tabulation.outcome().kind()).isEqualTo(expectedKind);
        assertThat(registrationNumbers(tabulation.outcome()))
                .isEqualTo(expectedCandidates == null ? List.of() : List.of(expectedCandidates.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                             | struck off | against all fails | tie rule             | precincts (id:voters:invalid:against:11/7/3)   | outcome            | candidates
            struck-off leader: the next one wins               | 11         | false | REPEAT_VOTING        | P1:1000:10:30:400/250/20                       | ELECTED            | 7
            struck-off leader: tie among the rest, repeat      | 11         | false | REPEAT_VOTING        | P1:1000:0:0:400/200/200                        | REPEAT_VOTING      | 7;3
            struck-off leader: tie among the rest, earlier     | 11         | false | EARLIER_REGISTRATION | P1:1000:0:0:400/200/200                        | ELECTED            | 7
            struck-off candidate breaks no tie of the rest     | 7          | false | REPEAT_VOTING        | P1:1000:0:0:300/300/100                        | ELECTED            | 11
            struck-off candidate's tie is no tie               | 3          | false | REPEAT_VOTING        | P1:1000:0:0:100/300/300                        | ELECTED            | 7
            struck-off leader across precincts                 | 7          | false | REPEAT_VOTING        | P1:800:5:5:100/300/90; P2:1300:5:5:100/200/90  | ELECTED            | 11
            against all ahead of the rest, switch on           | 11         | true  | REPEAT_VOTING        | P1:1200:0:350:400/300/10                       | FAILED_AGAINST_ALL |
            against all ahead of the rest, switch off          | 11         | false | REPEAT_VOTING        | P1:1200:0:350:400/300/10                       | ELECTED            | 7
            the rest received no vote                          | 11         | false | REPEAT_VOTING        | P1:1000:0:5:400/0/0                            | NO_VALID_RESULT    |
            every candidate struck off                         | 11;7;3     | false | REPEAT_VOTING        | P1:1000:0:0:400/200/100                        | NO_VALID_RESULT    |
            """)
    void aStruckOffCandidateIsCountedButNeverElected(String name, String struckOff, boolean againstAllFails,
                                                     TieRule tieRule, String precincts, Outcome.Kind expectedKind,
                                                     String expectedCandidates) {
        Set<String> off = set(struckOff);
        Ballot ballot = new Ballot(THREE_CANDIDATES.candidates().stream()
                .map(c -> new BallotCandidate(c.registrationNumber(), c.name(), c.registrationOrder(),
                        off.contains(c.registrationNumber())))
                .toList());

        Tabulation tabulation = Tally.tabulate(ballot, precincts(ballot, precincts), Set.of(), precincts.split(";").length,
                new OutcomeRules(againstAllFails, tieRule, BigDecimal.ZERO));

        assertThat(tabulation.outcome().kind()).isEqualTo(expectedKind);
        assertThat(registrationNumbers(tabulation.outcome()))
                .isEqualTo(expectedCandidates == null ? List.of() : List.of(expectedCandidates.split(";")));
        // their votes are counted and shown all the same
        Tabulation unmarked = Tally.tabulate(THREE_CANDIDATES, precincts(THREE_CANDIDATES, precincts), Set.of(),
                precincts.split(";").length, new OutcomeRules(againstAllFails, tieRule, BigDecimal.ZERO));
        assertThat(tabulation.candidates()).extracting(CandidateResult::votes, CandidateResult::sharePercent)
                .containsExactlyElementsOf(unmarked.candidates().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.votes(), c.sharePercent())).toList());
        assertThat(tabulation.candidates()).extracting(c -> c.candidate().struckOff())
                .containsExactly(off.contains("11"), off.contains("7"), off.contains("3"));
    }

    /**
     * docs/RULES.md, Ballot and count: what a struck-off candidate's votes count as has no source (U), so the
     * ruleset's {@code tally.struckOffVotes} chooses; the candidate is never elected under any setting.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                              | struck off | struck-off votes       | precincts (id:voters:invalid:against:11/7/3) | outcome         | candidates | votes 11/7/3 | invalid
            counted: the struck-off leader keeps them, 7 wins   | 11         | COUNTED_CANNOT_WIN     | P1:1000:10:30:400/250/20                     | ELECTED         | 7          | 400/250/20   | 10
            invalid: the struck-off leader's votes are invalid  | 11         | INVALID                | P1:1000:10:30:400/250/20                     | ELECTED         | 7          | 0/250/20     | 410
            invalid across precincts                            | 7          | INVALID                | P1:800:5:5:100/300/90; P2:1300:5:5:100/200/90 | ELECTED        | 11         | 200/0/180    | 510
            leading fails: a struck-off leader, no valid result | 11         | LEADING_FAILS_ELECTION | P1:1000:10:30:400/250/20                     | NO_VALID_RESULT |            | 400/250/20   | 10
            leading fails: tied with the top, 7 wins            | 11         | LEADING_FAILS_ELECTION | P1:1000:10:30:250/250/20                     | ELECTED         | 7          | 250/250/20   | 10
            leading fails: not leading, 11 wins                 | 3          | LEADING_FAILS_ELECTION | P1:1000:10:30:400/250/20                     | ELECTED         | 11         | 400/250/20   | 10
            """)
    void theRulesetDecidesWhatAStruckOffCandidatesVotesCountAs(String name, String struckOff, StruckOffVotes setting,
                                                              String precincts, Outcome.Kind expectedKind,
                                                              String expectedCandidates, String votes, long invalid) {
        Set<String> off = set(struckOff);
        Ballot ballot = new Ballot(THREE_CANDIDATES.candidates().stream()
                .map(c -> new BallotCandidate(c.registrationNumber(), c.name(), c.registrationOrder(),
                        off.contains(c.registrationNumber())))
                .toList());

        Tabulation tabulation = Tally.tabulate(ballot, precincts(ballot, precincts), Set.of(), precincts.split(";").length,
                new OutcomeRules(false, TieRule.REPEAT_VOTING, BigDecimal.ZERO, setting));

        assertThat(tabulation.outcome().kind()).isEqualTo(expectedKind);
        assertThat(registrationNumbers(tabulation.outcome()))
                .isEqualTo(expectedCandidates == null ? List.of() : List.of(expectedCandidates.split(";")));
        assertThat(tabulation.candidates()).extracting(CandidateResult::votes)
                .containsExactly(Arrays.stream(votes.split("/")).map(Long::valueOf).toArray(Long[]::new));
        assertThat(tabulation.totals().invalidBallots()).isEqualTo(invalid);
        // the totals still add up: a vote moved to the invalid ballots is not lost
        assertThat(ProtocolChecks.check(tabulation.totals(), ballot.registrationNumbers())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                     | against all fails | voters | invalid | against | votes | outcome
            the only candidate wins                    | false             | 500    | 3       | 40      | 200   | ELECTED
            against all ahead, switch off              | false             | 500    | 3       | 300     | 100   | ELECTED
            against all ahead, switch on               | true              | 500    | 3       | 300     | 100   | FAILED_AGAINST_ALL
            no vote for the only candidate             | false             | 500    | 3       | 10      | 0     | NO_VALID_RESULT
            """)
    void countsABallotWithOneCandidateOnly(String name, boolean againstAllFails, long voters, long invalid,
                                           long againstAll, long votes, Outcome.Kind expected) {
        BallotCandidate only = new BallotCandidate("5", "Gulnara", 1);
        Ballot ballot = new Ballot(List.of(only));

        Tabulation tabulation = Tally.tabulate(ballot,
                List.of(new AcceptedProtocol("P1", 1, protocol(ballot, voters, invalid, againstAll, votes))),
                Set.of(), 1, new OutcomeRules(againstAllFails, TieRule.REPEAT_VOTING, BigDecimal.ZERO));

        assertThat(tabulation.outcome().kind()).isEqualTo(expected);
        if (expected == Outcome.Kind.ELECTED) {
            assertThat(tabulation.outcome()).isEqualTo(new Outcome.Elected(only));
        }
    }

    @Test
    void againstAllAheadOfEveryCandidateDoesNotDecideWhenSwitchIsOff() {
        List<AcceptedProtocol> protocols = precincts(THREE_CANDIDATES, "P1:1000:10:500:200/150/100");

        Tabulation tabulation = Tally.tabulate(THREE_CANDIDATES, protocols, Set.of(), 1, OutcomeRules.defaults());

        assertThat(tabulation.outcome()).isEqualTo(new Outcome.Elected(THREE_CANDIDATES.candidates().get(0)));
        assertThat(tabulation.againstAllVotes()).isEqualTo(500);
        // 500 of 960 ballots found
        assertThat(tabulation.againstAllSharePercent()).isEqualTo(new BigDecimal("52.08"));
    }

    @Test
    void defaultRulesKeepTheSwitchOffAndSendATieToRepeatVoting() {
        assertThat(OutcomeRules.defaults()).isEqualTo(new OutcomeRules(false, TieRule.REPEAT_VOTING, BigDecimal.ZERO));
    }

    @Test
    void sumsEveryFieldOverCountedPrecincts() {
        ProtocolFigures p1 = new ProtocolFigures(2450L, 2400L, 1800L, 35L, 565L, 1830L, 25L,
                Map.of("11", 900L, "7", 700L, "3", 105L), 100L);
        ProtocolFigures p2 = new ProtocolFigures(300L, 300L, 190L, 10L, 100L, 199L, 1L,
                Map.of("11", 100L, "7", 80L, "3", 10L), 8L);

        Tabulation tabulation = Tally.tabulate(THREE_CANDIDATES,
                List.of(new AcceptedProtocol("P1", 1, p1), new AcceptedProtocol("P2", 1, p2)),
                Set.of(), 3, OutcomeRules.defaults());

        assertThat(tabulation.totals()).isEqualTo(new ProtocolFigures(2750L, 2700L, 1990L, 45L, 665L, 2029L, 26L,
                Map.of("11", 1000L, "7", 780L, "3", 115L), 108L));
        assertThat(tabulation.totals().candidateVotes().keySet()).containsExactly("11", "7", "3");
        assertThat(tabulation.totals().ballotsIssued()).isEqualTo(2035L);
        assertThat(ProtocolChecks.check(tabulation.totals(), THREE_CANDIDATES.registrationNumbers())).isEmpty();
        assertThat(tabulation.candidates()).extracting(CandidateResult::votes).containsExactly(1000L, 780L, 115L);
        assertThat(tabulation.againstAllVotes()).isEqualTo(108L);
        assertThat(tabulation.precinctsCounted()).isEqualTo(2);
        assertThat(tabulation.precinctsExcluded()).isZero();
        assertThat(tabulation.precinctsTotal()).isEqualTo(3);
        assertThat(tabulation.isComplete()).isFalse();
    }

    @Test
    void sharesAreOfAllBallotsFoundIncludingInvalidOnes() {
        // 1000 found, 100 of them invalid: 450 votes is 45.00% of ballots found, not 50.00% of the 900 valid.
        List<AcceptedProtocol> protocols = precincts(THREE_CANDIDATES, "P1:2000:100:150:450/300/0");

        Tabulation tabulation = Tally.tabulate(THREE_CANDIDATES, protocols, Set.of(), 1, OutcomeRules.defaults());

        assertThat(tabulation.candidates()).extracting(CandidateResult::sharePercent)
                .containsExactly(new BigDecimal("45.00"), new BigDecimal("30.00"), new BigDecimal("0.00"));
        assertThat(tabulation.againstAllSharePercent()).isEqualTo(new BigDecimal("15.00"));
        assertThat(tabulation.turnoutPercent()).isEqualTo(new BigDecimal("50.00"));
    }

    @ParameterizedTest(name = "{1} found of {0} voters is {2}%")
    @CsvSource(textBlock = """
            2450, 1830, 74.69
            3,    2,    66.67
            800,  1,    0.13
            800,  0,    0.00
            0,    0,    0.00
            1000, 1000, 100.00
            """)
    void turnoutIsBallotsFoundOverVotersRoundedHalfUpToTwoDecimals(long voters, long found, String expected) {
        List<AcceptedProtocol> protocols = List.of(
                new AcceptedProtocol("P1", 1, protocol(THREE_CANDIDATES, voters, 0, 0, found, 0, 0)));

        Tabulation tabulation = Tally.tabulate(THREE_CANDIDATES, protocols, Set.of(), 1, OutcomeRules.defaults());

        assertThat(tabulation.turnoutPercent()).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void excludedPrecinctsLeaveTotalsAndTurnoutButCountTowardsCompletion() {
        List<AcceptedProtocol> protocols = precincts(THREE_CANDIDATES,
                "P1:1000:0:0:300/100/0; P2:1000:0:0:50/200/0; P3:500:0:0:100/100/100");

        Tabulation tabulation = Tally.tabulate(THREE_CANDIDATES, protocols, Set.of("P1", "P4"), 4,
                OutcomeRules.defaults());

        assertThat(tabulation.totals().votersOnList()).isEqualTo(1500L);
        assertThat(tabulation.totals().ballotsFound()).isEqualTo(550L);
        assertThat(tabulation.turnoutPercent()).isEqualTo(new BigDecimal("36.67"));
        assertThat(tabulation.precinctsCounted()).isEqualTo(2);
        assertThat(tabulation.precinctsExcluded()).isEqualTo(2);
        assertThat(tabulation.isComplete()).isTrue();
    }

    @Test
    void isCompleteOnlyWhenEveryPrecinctIsCountedOrExcluded() {
        List<AcceptedProtocol> protocols = precincts(THREE_CANDIDATES, "P1:1000:0:0:300/100/0");

        assertThat(Tally.tabulate(THREE_CANDIDATES, protocols, Set.of(), 2, OutcomeRules.defaults()).isComplete())
                .isFalse();
        assertThat(Tally.tabulate(THREE_CANDIDATES, protocols, Set.of("P2"), 2, OutcomeRules.defaults()).isComplete())
                .isTrue();
        assertThat(Tally.tabulate(THREE_CANDIDATES, protocols, Set.of(), 1, OutcomeRules.defaults()).isComplete())
                .isTrue();
    }

    @Test
    void aRecountVersionReplacesTheEarlierAcceptedProtocol() {
        // The recount (version 2) moves the lead; it is listed before version 1 to show order does not matter.
        List<AcceptedProtocol> protocols = List.of(
                new AcceptedProtocol("P1", 2, protocol(THREE_CANDIDATES, 1000, 0, 0, 290, 310, 0)),
                new AcceptedProtocol("P1", 1, protocol(THREE_CANDIDATES, 1000, 0, 0, 310, 290, 0)));

        Tabulation tabulation = Tally.tabulate(THREE_CANDIDATES, protocols, Set.of(), 1, OutcomeRules.defaults());

        assertThat(tabulation.precinctsCounted()).isEqualTo(1);
        assertThat(tabulation.outcome()).isEqualTo(new Outcome.Elected(THREE_CANDIDATES.candidates().get(1)));
    }

    @Test
    void refusesTwoAcceptedProtocolsWithTheSameVersion() {
        List<AcceptedProtocol> protocols = List.of(
                new AcceptedProtocol("P1", 1, protocol(THREE_CANDIDATES, 1000, 0, 0, 290, 310, 0)),
                new AcceptedProtocol("P1", 1, protocol(THREE_CANDIDATES, 1000, 0, 0, 310, 290, 0)));

        assertThatThrownBy(() -> Tally.tabulate(THREE_CANDIDATES, protocols, Set.of(), 1, OutcomeRules.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P1");
    }

    @Test
    void refusesAProtocolThatFailsItsControlChecks() {
        ProtocolFigures broken = new ProtocolFigures(1000L, 1000L, 600L, 0L, 400L, 600L, 0L,
                Map.of("11", 300L, "7", 300L), 0L);

        assertThatThrownBy(() -> Tally.tabulate(THREE_CANDIDATES, List.of(new AcceptedProtocol("P9", 3, broken)),
                Set.of(), 1, OutcomeRules.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P9")
                .hasMessageContaining("candidateVotes[3]");
    }

    @Test
    void ignoresABrokenProtocolOfAnExcludedPrecinct() {
        ProtocolFigures broken = new ProtocolFigures(1000L, 1000L, 600L, 0L, 400L, 600L, 0L,
                Map.of("11", 300L, "7", 300L), 0L);

        Tabulation tabulation = Tally.tabulate(THREE_CANDIDATES, List.of(new AcceptedProtocol("P9", 1, broken)),
                Set.of("P9"), 1, OutcomeRules.defaults());

        assertThat(tabulation.precinctsCounted()).isZero();
        assertThat(tabulation.outcome().kind()).isEqualTo(Outcome.Kind.NO_VALID_RESULT);
    }

    @Test
    void refusesMorePrecinctsThanTheElectionHas() {
        List<AcceptedProtocol> protocols = precincts(THREE_CANDIDATES, "P1:1000:0:0:300/100/0; P2:10:0:0:1/1/1");

        assertThatThrownBy(() -> Tally.tabulate(THREE_CANDIDATES, protocols, Set.of("P3"), 2, OutcomeRules.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void totalsBeyondALongFailLoudlyInsteadOfWrappingAround() {
        long half = Long.MAX_VALUE / 2 + 1;
        List<AcceptedProtocol> protocols = List.of(
                new AcceptedProtocol("P1", 1, protocol(THREE_CANDIDATES, half, 0, 0, 1, 0, 0)),
                new AcceptedProtocol("P2", 1, protocol(THREE_CANDIDATES, half, 0, 0, 1, 0, 0)));

        assertThatThrownBy(() -> Tally.tabulate(THREE_CANDIDATES, protocols, Set.of(), 2, OutcomeRules.defaults()))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void ballotListsCandidatesInRegistrationOrderWhateverOrderTheyCameIn() {
        Ballot ballot = new Ballot(List.of(
                new BallotCandidate("3", "Erlan", 3),
                new BallotCandidate("11", "Aibek", 1),
                new BallotCandidate("7", "Dana", 2)));

        assertThat(ballot.registrationNumbers()).containsExactly("11", "7", "3");
        assertThat(ballot).isEqualTo(THREE_CANDIDATES);
    }

    @Test
    void refusesABallotWithRepeatedRegistrationOrder() {
        assertThatThrownBy(() -> new Ballot(List.of(
                new BallotCandidate("3", "Erlan", 1),
                new BallotCandidate("11", "Aibek", 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultsListEveryCandidateInBallotOrderEvenWithoutVotes() {
        Tabulation tabulation = Tally.tabulate(THREE_CANDIDATES, List.of(), Set.of(), 5, OutcomeRules.defaults());

        assertThat(tabulation.candidates()).extracting(result -> result.candidate().registrationNumber())
                .containsExactly("11", "7", "3");
        assertThat(tabulation.candidates()).extracting(CandidateResult::votes).containsOnly(0L);
        assertThat(tabulation.turnoutPercent()).isEqualTo(new BigDecimal("0.00"));
        assertThat(tabulation.outcome()).isEqualTo(new Outcome.NoValidResult("no precinct has been counted"));
    }
}
