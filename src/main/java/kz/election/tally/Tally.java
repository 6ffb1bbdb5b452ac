package kz.election.tally;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.election.ballot.Ballot;
import kz.election.ballot.BallotCandidate;
import kz.election.protocol.ProtocolChecks;
import kz.election.protocol.ProtocolFailure;
import kz.election.protocol.ProtocolFigures;
import kz.election.ruleset.StruckOffVotes;

/**
 * Counts an election from its accepted precinct protocols. A pure function: the same inputs always
 * give the same {@link Tabulation}, so every remedy (recount, annulment) simply re-runs it.
 */
public final class Tally {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Tally() {
    }

    /**
     * @param accepted          accepted protocol versions, possibly several per precinct; the highest
     *                          version of each precinct counts
     * @param excludedPrecincts precincts whose results were annulled; their protocols are ignored
     * @param totalPrecincts    the number of precincts of the election
     * @throws IllegalArgumentException when a counted protocol fails its control checks (it could not
     *                                  have been accepted), a precinct has two protocols with one
     *                                  version, or more precincts are counted and excluded than exist
     * @throws ArithmeticException      when a total does not fit a long (not a real election)
     */
    public static Tabulation tabulate(Ballot ballot, Collection<AcceptedProtocol> accepted,
                                      Set<String> excludedPrecincts, int totalPrecincts, OutcomeRules rules) {
        Objects.requireNonNull(ballot, "ballot");
        Objects.requireNonNull(excludedPrecincts, "excludedPrecincts");
        Objects.requireNonNull(rules, "rules");

        List<AcceptedProtocol> counted = latestVersions(accepted).values().stream()
                .filter(protocol -> !excludedPrecincts.contains(protocol.precinctNumber()))
                .toList();
        if (counted.size() + excludedPrecincts.size() > totalPrecincts) {
            throw new IllegalArgumentException(counted.size() + " precincts counted and " + excludedPrecincts.size()
                    + " excluded, but the election has only " + totalPrecincts);
        }
        for (AcceptedProtocol protocol : counted) {
            List<ProtocolFailure> failures = ProtocolChecks.check(protocol.figures(), ballot.registrationNumbers());
            if (!failures.isEmpty()) {
                throw new IllegalArgumentException("protocol of precinct " + protocol.precinctNumber() + " version "
                        + protocol.version() + " fails its control checks: " + failures);
            }
        }

        ProtocolFigures totals = rules.struckOffVotes() == StruckOffVotes.INVALID
                ? struckOffVotesInvalid(ballot, sum(ballot, counted)) : sum(ballot, counted);
        List<CandidateResult> candidates = ballot.candidates().stream()
                .map(candidate -> {
                    long votes = totals.candidateVotes().get(candidate.registrationNumber());
                    return new CandidateResult(candidate, votes, percent(votes, totals.ballotsFound()));
                })
                .toList();
        return new Tabulation(
                totals,
                percent(totals.ballotsFound(), totals.votersOnList()),
                candidates,
                totals.againstAll(),
                percent(totals.againstAll(), totals.ballotsFound()),
                counted.size(),
                excludedPrecincts.size(),
                totalPrecincts,
                outcome(candidates, totals, counted.isEmpty(), rules));
    }

    private static Map<String, AcceptedProtocol> latestVersions(Collection<AcceptedProtocol> accepted) {
        Map<String, AcceptedProtocol> latest = new HashMap<>();
        for (AcceptedProtocol protocol : accepted) {
            AcceptedProtocol known = latest.get(protocol.precinctNumber());
            if (known != null && known.version() == protocol.version()) {
                // An accepted version never changes, so two of them with one number is corrupt input.
                throw new IllegalArgumentException("precinct " + protocol.precinctNumber()
                        + " has two accepted protocols with version " + protocol.version());
            }
            if (known == null || protocol.version() > known.version()) {
                latest.put(protocol.precinctNumber(), protocol);
            }
        }
        return latest;
    }

    private static ProtocolFigures sum(Ballot ballot, List<AcceptedProtocol> counted) {
        long voters = 0;
        long received = 0;
        long station = 0;
        long home = 0;
        long cancelled = 0;
        long found = 0;
        long invalid = 0;
        long againstAll = 0;
        Map<String, Long> candidateVotes = new LinkedHashMap<>();
        ballot.registrationNumbers().forEach(number -> candidateVotes.put(number, 0L));
        for (AcceptedProtocol protocol : counted) {
            ProtocolFigures f = protocol.figures();
            voters = Math.addExact(voters, f.votersOnList());
            received = Math.addExact(received, f.ballotsReceived());
            station = Math.addExact(station, f.ballotsIssuedAtStation());
            home = Math.addExact(home, f.ballotsIssuedAtHome());
            cancelled = Math.addExact(cancelled, f.ballotsCancelled());
            found = Math.addExact(found, f.ballotsFound());
            invalid = Math.addExact(invalid, f.invalidBallots());
            againstAll = Math.addExact(againstAll, f.againstAll());
            f.candidateVotes().forEach((number, votes) -> candidateVotes.merge(number, votes, Math::addExact));
        }
        return new ProtocolFigures(voters, received, station, home, cancelled, found, invalid, candidateVotes,
                againstAll);
    }

    /** A mark on a crossed-out line makes an invalid ballot: the struck-off candidates' votes join the invalid ones. */
    private static ProtocolFigures struckOffVotesInvalid(Ballot ballot, ProtocolFigures totals) {
        long invalid = totals.invalidBallots();
        Map<String, Long> candidateVotes = new LinkedHashMap<>(totals.candidateVotes());
        for (BallotCandidate candidate : ballot.candidates()) {
            if (candidate.struckOff()) {
                invalid = Math.addExact(invalid, candidateVotes.put(candidate.registrationNumber(), 0L));
            }
        }
        return new ProtocolFigures(totals.votersOnList(), totals.ballotsReceived(), totals.ballotsIssuedAtStation(),
                totals.ballotsIssuedAtHome(), totals.ballotsCancelled(), totals.ballotsFound(), invalid, candidateVotes,
                totals.againstAll());
    }

    private static Outcome outcome(List<CandidateResult> candidates, ProtocolFigures totals, boolean nothingCounted,
                                   OutcomeRules rules) {
        if (nothingCounted) {
            return new Outcome.NoValidResult("no precinct has been counted");
        }
        long againstAll = totals.againstAll();
        // the ruleset's turnout threshold (0: none): below it the election is not valid, whoever leads
        BigDecimal threshold = rules.minTurnoutShare();
        if (threshold.signum() > 0 && BigDecimal.valueOf(totals.ballotsFound())
                .compareTo(threshold.multiply(BigDecimal.valueOf(totals.votersOnList()))) < 0) {
            return new Outcome.NoValidResult("the turnout of " + percent(totals.ballotsFound(), totals.votersOnList())
                    + " % is below the " + threshold.multiply(HUNDRED).stripTrailingZeros().toPlainString()
                    + " % the election's rules require");
        }
        // a candidate struck off the ballot is never elected; what becomes of their votes is the ruleset's choice
        List<CandidateResult> standing = candidates.stream().filter(result -> !result.candidate().struckOff()).toList();
        if (standing.isEmpty()) {
            return new Outcome.NoValidResult("every candidate on the ballot was struck off");
        }
        long top = standing.stream().mapToLong(CandidateResult::votes).max().orElse(0);
        if (rules.struckOffVotes() == StruckOffVotes.LEADING_FAILS_ELECTION) {
            Optional<CandidateResult> struckOffLeader = candidates.stream()
                    .filter(result -> result.candidate().struckOff() && result.votes() > top)
                    .max(Comparator.comparingLong(CandidateResult::votes));
            if (struckOffLeader.isPresent()) {
                return new Outcome.NoValidResult("candidate " + struckOffLeader.get().candidate().registrationNumber()
                        + ", struck off the ballot, received more votes than every candidate still standing");
            }
        }
        // "More votes than every candidate": a tie with the top candidate does not fail the election.
        if (rules.againstAllWinningFailsElection() && againstAll > top) {
            return new Outcome.FailedAgainstAll();
        }
        if (top == 0) {
            return new Outcome.NoValidResult("no candidate still standing received a vote");
        }
        List<BallotCandidate> leaders = new ArrayList<>();
        for (CandidateResult result : standing) {
            if (result.votes() == top) {
                leaders.add(result.candidate());
            }
        }
        if (leaders.size() == 1) {
            return new Outcome.Elected(leaders.get(0));
        }
        return switch (rules.tieRule()) {
            case REPEAT_VOTING -> new Outcome.RepeatVoting(leaders);
            case EARLIER_REGISTRATION -> new Outcome.Elected(leaders.stream()
                    .min(Comparator.comparingInt(BallotCandidate::registrationOrder))
                    .orElseThrow());
        };
    }

    /** part / whole as a percentage, 2 decimals HALF_UP; 0.00 when there is no whole to share. */
    private static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
