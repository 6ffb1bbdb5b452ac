package kz.election.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.election.election.Election;
import kz.election.election.PrecinctRow;
import kz.election.precinct.BallotEntry;
import kz.election.precinct.ProtocolFigures;
import kz.election.tally.AcceptedProtocol;
import kz.election.tally.Ballot;
import kz.election.tally.Tabulation;
import kz.election.tally.Tally;
import kz.election.tally.TallyRules;

/**
 * Builds the public view of an election from what the services read: a pure function, so its
 * numbers can be checked against {@link Tally} as tables without a database. The totals ARE the
 * tabulation; the precinct rows are the same accepted protocols, one per precinct.
 */
public final class ResultsAssembly {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ResultsAssembly() {
    }

    /**
     * @param election   the election as stored, with its precincts and calendar
     * @param ballot     the fixed ballot in ballot order; empty while it is not fixed
     * @param registered the registered candidates (name, nominator), shown while no ballot is fixed
     * @param tallyBallot the ballot as the tabulation reads it; null while it is not fixed
     * @param accepted   the current accepted protocol of every counted precinct
     * @param excluded   precinct numbers whose results were annulled
     * @param complaints the public complaints, or null when there is no complaint register
     */
    public static ResultsView assemble(Election election, List<BallotEntry> ballot, List<CandidateLine> registered,
                                       Ballot tallyBallot, List<AcceptedProtocol> accepted, Set<Integer> excluded,
                                       TallyRules rules, boolean resultPublished, OffsetDateTime readAt,
                                       List<PublicComplaint> complaints) {
        boolean ballotFixed = !ballot.isEmpty() && tallyBallot != null;
        List<CandidateLine> candidates = ballotFixed
                ? IntStream.range(0, ballot.size()).mapToObj(i -> new CandidateLine(i + 1,
                        ballot.get(i).registrationNumber(), ballot.get(i).candidateName(), ballot.get(i).nominatedBy()))
                .toList()
                : registered;
        int precinctsTotal = election.precincts().size();

        Totals totals = null;
        Progress progress = new Progress(0, countExisting(election, excluded), precinctsTotal, percent(0, 0));
        if (ballotFixed) {
            Tabulation tabulation = Tally.tabulate(tallyBallot, accepted,
                    excluded.stream().map(String::valueOf).collect(Collectors.toSet()),
                    precinctsTotal, rules);
            ProtocolFigures sum = tabulation.totals();
            totals = new Totals(sum.votersOnList(), sum.ballotsFound(), sum.invalidBallots(),
                    percent(sum.invalidBallots(), sum.ballotsFound()), tabulation.againstAllVotes(),
                    tabulation.againstAllSharePercent(),
                    tabulation.candidates().stream().map(c -> new CandidateTotal(c.candidate().registrationNumber(),
                            c.candidate().name(), c.votes(), c.sharePercent())).toList());
            progress = new Progress(tabulation.precinctsCounted(), tabulation.precinctsExcluded(),
                    tabulation.precinctsTotal(), tabulation.turnoutPercent());
        }

        Map<Integer, AcceptedProtocol> byPrecinct = new HashMap<>();
        accepted.forEach(p -> byPrecinct.merge(Integer.valueOf(p.precinctNumber()), p,
                (a, b) -> a.version() >= b.version() ? a : b));
        List<PrecinctLine> precincts = new ArrayList<>();
        for (PrecinctRow row : election.precincts()) {
            AcceptedProtocol protocol = byPrecinct.get(row.number());
            PrecinctStatus status = excluded.contains(row.number()) ? PrecinctStatus.EXCLUDED
                    : protocol != null && ballotFixed ? PrecinctStatus.COUNTED : PrecinctStatus.AWAITING;
            precincts.add(status == PrecinctStatus.AWAITING
                    ? new PrecinctLine(row.number(), row.address(), row.voters(), status, null, null, null, null,
                    null, null, null)
                    : protocolLine(row, status, protocol, candidates));
        }

        return new ResultsView(election.number(), election.territory(), election.level(), election.post(),
                election.reason(), election.electionDay(), election.status(), !resultPublished, ballotFixed, readAt,
                election.calendar().stream().map(d -> new CalendarLine(d.key(), d.name(), d.dueAt())).toList(),
                candidates, progress, totals, precincts, complaints);
    }

    /** Percent with 2 decimals HALF_UP and 0.00 for an empty whole: the rounding {@link Tally} uses. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** An excluded precinct still shows what it counted, struck through, so the public sees what was annulled. */
    private static PrecinctLine protocolLine(PrecinctRow row, PrecinctStatus status, AcceptedProtocol protocol,
                                             List<CandidateLine> candidates) {
        if (protocol == null) {
            return new PrecinctLine(row.number(), row.address(), row.voters(), status, null, null, null, null, null,
                    null, null);
        }
        ProtocolFigures f = protocol.figures();
        Map<String, Long> votes = new LinkedHashMap<>();
        candidates.forEach(c -> votes.put(c.registrationNumber(), f.candidateVotes().getOrDefault(c.registrationNumber(), 0L)));
        return new PrecinctLine(row.number(), row.address(), row.voters(), status, protocol.version(),
                f.votersOnList(), f.ballotsFound(), percent(f.ballotsFound(), f.votersOnList()), f.invalidBallots(),
                f.againstAll(), votes);
    }

    private static int countExisting(Election election, Set<Integer> excluded) {
        return (int) election.precincts().stream().filter(p -> excluded.contains(p.number())).count();
    }
}
