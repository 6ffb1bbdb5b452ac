package kz.election.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.election.ballot.Ballot;
import kz.election.ballot.BallotCandidate;
import kz.election.ballot.BallotEntry;
import kz.election.election.Deadline;
import kz.election.election.Election;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionStatus;
import kz.election.election.PrecinctRow;
import kz.election.ruleset.Certainty;
import kz.election.ruleset.Level;
import kz.election.tally.AcceptedProtocol;
import kz.election.tally.Tabulation;
import kz.election.tally.Tally;
import kz.election.tally.OutcomeRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The read model as tables, without a database: its totals are the tabulation, its rows add up to them. */
class ResultsAssemblyTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-09-13T22:15:00+05:00");
    private static final List<BallotEntry> BALLOT = List.of(
            new BallotEntry(ResultsFixtures.FIRST, "Aigerim Sadykova", "Amanat party"),
            new BallotEntry(ResultsFixtures.SECOND, "Nurlan Bekov", "self-nominated"));
    private static final Ballot TALLY_BALLOT = new Ballot(List.of(
            new BallotCandidate(ResultsFixtures.FIRST, "Aigerim Sadykova", 1),
            new BallotCandidate(ResultsFixtures.SECOND, "Nurlan Bekov", 2)));

    @ParameterizedTest(name = "{0} precincts, counted [{1}], excluded [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            # precincts | counted (accepted) | excluded | counted | awaiting | excluded
              1         | ''                 | ''       | 0       | 1        | 0
              1         | 1                  | ''       | 1       | 0        | 0
              3         | 1 2                | ''       | 2       | 1        | 0
              3         | 1 2 3              | ''       | 3       | 0        | 0
              3         | 1 2 3              | 2        | 2       | 0        | 1
              4         | 1 3                | 2        | 2       | 1        | 1
              5         | 1 2 3 4 5          | 1 5      | 3       | 0        | 2
              12        | 2 4 6 8 10 12      | ''       | 6       | 6        | 0
            """)
    void totalsAreTheTabulationAndRowsAddUpToThem(int precincts, String counted, String excluded,
                                                  int countedPrecincts, int awaiting, int excludedPrecincts) {
        List<AcceptedProtocol> accepted = numbers(counted).stream()
                .map(n -> new AcceptedProtocol(Integer.toString(n), 1, ResultsFixtures.figures(n))).toList();
        Set<Integer> annulled = Set.copyOf(numbers(excluded));

        ResultsView view = assemble(election(precincts), accepted, annulled);

        Tabulation expected = Tally.tabulate(TALLY_BALLOT, accepted,
                annulled.stream().map(String::valueOf).collect(Collectors.toSet()), precincts, OutcomeRules.defaults());
        Totals totals = view.totals();
        assertThat(totals.votersOnList()).isEqualTo(expected.totals().votersOnList());
        assertThat(totals.ballotsFound()).isEqualTo(expected.totals().ballotsFound());
        assertThat(totals.invalidBallots()).isEqualTo(expected.totals().invalidBallots());
        assertThat(totals.againstAll()).isEqualTo(expected.againstAllVotes());
        assertThat(totals.againstAllSharePercent()).isEqualTo(expected.againstAllSharePercent());
        assertThat(totals.candidates()).extracting(CandidateTotal::votes)
                .containsExactlyElementsOf(expected.candidates().stream().map(c -> c.votes()).toList());
        assertThat(totals.candidates()).extracting(CandidateTotal::sharePercent)
                .containsExactlyElementsOf(expected.candidates().stream().map(c -> c.sharePercent()).toList());
        assertThat(view.progress()).isEqualTo(new Progress(expected.precinctsCounted(), expected.precinctsExcluded(),
                precincts, expected.turnoutPercent()));

        assertThat(statuses(view, PrecinctStatus.COUNTED)).isEqualTo(countedPrecincts);
        assertThat(statuses(view, PrecinctStatus.AWAITING)).isEqualTo(awaiting);
        assertThat(statuses(view, PrecinctStatus.EXCLUDED)).isEqualTo(excludedPrecincts);

        List<PrecinctLine> countedRows = view.precincts().stream().filter(p -> p.status() == PrecinctStatus.COUNTED).toList();
        assertThat(countedRows.stream().mapToLong(PrecinctLine::ballotsFound).sum()).isEqualTo(totals.ballotsFound());
        assertThat(countedRows.stream().mapToLong(PrecinctLine::votersOnList).sum()).isEqualTo(totals.votersOnList());
        assertThat(countedRows.stream().mapToLong(PrecinctLine::againstAll).sum()).isEqualTo(totals.againstAll());
        assertThat(countedRows.stream().mapToLong(PrecinctLine::invalidBallots).sum()).isEqualTo(totals.invalidBallots());
        for (CandidateTotal candidate : totals.candidates()) {
            assertThat(countedRows.stream().mapToLong(p -> p.votes().get(candidate.registrationNumber())).sum())
                    .as(candidate.name()).isEqualTo(candidate.votes());
        }
        assertThat(view.preliminary()).isTrue();
    }

    @ParameterizedTest(name = "{0} of {1} = {2}%")
    @CsvSource(textBlock = """
            0,    0,    0.00
            0,    812,  0.00
            515,  812,  63.42
            1,    3,    33.33
            2,    3,    66.67
            1,    8,    12.50
            812,  812,  100.00
            1001, 1500, 66.73
            """)
    void sharesAreRoundedAsTheTabulationRoundsThem(long part, long whole, String percent) {
        assertThat(ResultsAssembly.percent(part, whole)).isEqualTo(new BigDecimal(percent));
    }

    @Test
    void eachPrecinctShowsItsOwnTurnoutAndVotesInBallotOrder() {
        AcceptedProtocol one = new AcceptedProtocol("1", 1, ResultsFixtures.figures(1));

        PrecinctLine row = assemble(election(2), List.of(one), Set.of()).precincts().get(0);

        assertThat(row.number()).isEqualTo(1);
        assertThat(row.address()).isEqualTo("School No. 1");
        assertThat(row.registeredVoters()).isEqualTo(410);
        assertThat(row.protocolVersion()).isEqualTo(1);
        assertThat(row.ballotsFound()).isEqualTo(327);
        assertThat(row.turnoutPercent()).isEqualTo(new BigDecimal("79.76"));
        assertThat(row.votes().keySet()).containsExactly(ResultsFixtures.FIRST, ResultsFixtures.SECOND);
        assertThat(row.votes()).isEqualTo(Map.of(ResultsFixtures.FIRST, 160L, ResultsFixtures.SECOND, 155L));
    }

    @Test
    void aRecountReplacesTheEarlierVersionInTheRowAndTheTotals() {
        AcceptedProtocol first = new AcceptedProtocol("1", 1, ResultsFixtures.figures(1));
        AcceptedProtocol recount = new AcceptedProtocol("1", 2, ResultsFixtures.figures(4));

        ResultsView view = assemble(election(1), List.of(first, recount), Set.of());

        assertThat(view.precincts().get(0).protocolVersion()).isEqualTo(2);
        assertThat(view.precincts().get(0).ballotsFound()).isEqualTo(ResultsFixtures.figures(4).ballotsFound());
        assertThat(view.totals().ballotsFound()).isEqualTo(ResultsFixtures.figures(4).ballotsFound());
    }

    @Test
    void beforeTheBallotIsFixedThereAreRegisteredCandidatesButNoFigures() {
        List<CandidateLine> registered = List.of(new CandidateLine(1, "2026-RUR-0001-C01", "Aigerim Sadykova", "Amanat"));

        ResultsView view = ResultsAssembly.assemble(election(2), List.of(), registered, null, List.of(), Set.of(),
                OutcomeRules.defaults(), NOW, null);

        assertThat(view.ballotFixed()).isFalse();
        assertThat(view.totals()).isNull();
        assertThat(view.candidates()).isEqualTo(registered);
        assertThat(view.progress()).isEqualTo(new Progress(0, 0, 2, new BigDecimal("0.00")));
        assertThat(view.precincts()).extracting(PrecinctLine::status)
                .containsExactly(PrecinctStatus.AWAITING, PrecinctStatus.AWAITING);
        assertThat(view.complaints()).as("no complaint register: no section, not an empty one").isNull();
    }

    @Test
    void candidatesShowNameAndNominatorInBallotOrder() {
        ResultsView view = assemble(election(1), List.of(), Set.of());

        assertThat(view.candidates()).containsExactly(
                new CandidateLine(1, ResultsFixtures.FIRST, "Aigerim Sadykova", "Amanat party"),
                new CandidateLine(2, ResultsFixtures.SECOND, "Nurlan Bekov", "self-nominated"));
        assertThat(view.calendar()).extracting(CalendarLine::key).containsExactly("pollsOpen");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            complaint 2026-RUR-0042-C001                  | 2026-RUR-0042-C001
            revised: complaint 2026-DIS-0007-C012 (court) | 2026-DIS-0007-C012
            count of every precinct                       | ''
            annulment of precinct 3                       | ''
            complaint C001                                | ''
            """)
    void aRevisionNamesTheComplaintItsCauseNames(String cause, String complaint) {
        assertThat(ResultsAssembly.complaintIn(cause)).isEqualTo(complaint.isEmpty() ? null : complaint);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ELECTED            | ELECTED
            REPEAT_VOTING      | REPEAT_VOTING
            FAILED_AGAINST_ALL | REPEAT_ELECTION
            NO_VALID_RESULT    | REPEAT_ELECTION
            INVALID            | REPEAT_ELECTION
            """)
    void everyStoredOutcomeHasAPublicOne(String stored, PublicOutcome shown) {
        assertThat(ResultsAssembly.outcomeOf(stored)).isEqualTo(shown);
    }

    private static ResultsView assemble(Election election, List<AcceptedProtocol> accepted, Set<Integer> excluded) {
        return ResultsAssembly.assemble(election, BALLOT, List.of(), TALLY_BALLOT, accepted, excluded,
                OutcomeRules.defaults(), NOW, null);
    }

    static Election election(int precincts) {
        List<PrecinctRow> rows = IntStream.rangeClosed(1, precincts)
                .mapToObj(n -> new PrecinctRow(n, "School No. " + n, ResultsFixtures.voters(n))).toList();
        return new Election("2026-RUR-0001", "Kosshy", Level.RURAL, "Akim of Kosshy", ElectionReason.REGULAR,
                LocalDate.parse("2026-08-01"), LocalDate.parse("2026-09-13"), LocalDate.parse("2026-10-01"), null,
                "kz-2024-03-01", ElectionStatus.ANNOUNCED, null, "demo-tec",
                OffsetDateTime.parse("2026-08-01T10:00:00+05:00"), rows,
                List.of(new Deadline("pollsOpen", "Polls open", OffsetDateTime.parse("2026-09-13T07:00:00+05:00"),
                        "Art. 48", Certainty.C)), null, null);
    }

    private static List<Integer> numbers(String list) {
        return list == null || list.isBlank() ? List.of()
                : Arrays.stream(list.trim().split("\\s+")).map(Integer::valueOf).toList();
    }

    private static long statuses(ResultsView view, PrecinctStatus status) {
        return view.precincts().stream().filter(p -> p.status() == status).count();
    }
}
