package kz.election.protocol;

import static kz.election.protocol.ProtocolFields.AGAINST_ALL;
import static kz.election.protocol.ProtocolFields.BALLOTS_CANCELLED;
import static kz.election.protocol.ProtocolFields.BALLOTS_FOUND;
import static kz.election.protocol.ProtocolFields.BALLOTS_ISSUED_AT_HOME;
import static kz.election.protocol.ProtocolFields.BALLOTS_ISSUED_AT_STATION;
import static kz.election.protocol.ProtocolFields.BALLOTS_RECEIVED;
import static kz.election.protocol.ProtocolFields.CANDIDATE_VOTES;
import static kz.election.protocol.ProtocolFields.INVALID_BALLOTS;
import static kz.election.protocol.ProtocolFields.VOTERS_ON_LIST;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The control checks of a precinct result protocol. Returns every failure at once, because the
 * protocol goes back to its PEC as a whole and a commission should correct it in one pass.
 *
 * <p>Sums are computed in {@link BigInteger}, so huge entries can never overflow into a false
 * "passes" or an exception: they simply fail the check with the exact numbers. A protocol that
 * passes has all its sums within {@code long}, since every count is non-negative and bounded by
 * ballots received.
 *
 * <p>An arithmetic check is skipped when a figure it needs is blank, or (for the vote sum) when the
 * candidate lines do not match the ballot: that failure is already reported, and a derived
 * "sum does not match" would only send the commission looking in the wrong place.
 */
public final class ProtocolChecks {

    private ProtocolChecks() {
    }

    /**
     * @param ballotRegistrationNumbers the registration numbers of the candidates on the ballot, in
     *                                  ballot order
     * @return all failures, structural ones first, then the control ratios in the order of docs/RULES.md;
     *         empty when the protocol can be accepted
     */
    public static List<ProtocolFailure> check(ProtocolFigures figures, List<String> ballotRegistrationNumbers) {
        Objects.requireNonNull(figures, "figures");
        Set<String> ballot = ballotSet(ballotRegistrationNumbers);

        List<ProtocolFailure> failures = new ArrayList<>();
        Map<String, Long> counts = namedCounts(figures);
        checkNoBlanks(figures, counts, failures);
        boolean linesMatch = checkCandidateLines(figures, ballotRegistrationNumbers, ballot, failures);
        checkNotNegative(counts, failures);

        checkIssuedPlusCancelledEqualsReceived(figures, failures);
        checkFoundNotMoreThanIssued(figures, failures);
        if (linesMatch) {
            checkInvalidPlusVotesEqualsFound(figures, ballotRegistrationNumbers, failures);
        }
        checkIssuedNotMoreThanVoters(figures, failures);
        return List.copyOf(failures);
    }

    public static boolean passes(ProtocolFigures figures, List<String> ballotRegistrationNumbers) {
        return check(figures, ballotRegistrationNumbers).isEmpty();
    }

    private static Set<String> ballotSet(List<String> ballotRegistrationNumbers) {
        Objects.requireNonNull(ballotRegistrationNumbers, "ballotRegistrationNumbers");
        Set<String> ballot = new HashSet<>();
        for (String number : ballotRegistrationNumbers) {
            // A broken ballot is a programming error upstream, not a finding about this protocol.
            if (number == null || !ballot.add(number)) {
                throw new IllegalArgumentException("ballot has a blank or repeated registration number: "
                        + ballotRegistrationNumbers);
            }
        }
        return ballot;
    }

    /** Every count by its stable field name, in protocol order; candidate lines as entered. */
    private static Map<String, Long> namedCounts(ProtocolFigures f) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(VOTERS_ON_LIST, f.votersOnList());
        counts.put(BALLOTS_RECEIVED, f.ballotsReceived());
        counts.put(BALLOTS_ISSUED_AT_STATION, f.ballotsIssuedAtStation());
        counts.put(BALLOTS_ISSUED_AT_HOME, f.ballotsIssuedAtHome());
        counts.put(BALLOTS_CANCELLED, f.ballotsCancelled());
        counts.put(BALLOTS_FOUND, f.ballotsFound());
        counts.put(INVALID_BALLOTS, f.invalidBallots());
        if (f.candidateVotes() != null) {
            f.candidateVotes().forEach((number, votes) -> counts.put(ProtocolFields.candidateVotes(number), votes));
        }
        counts.put(AGAINST_ALL, f.againstAll());
        return counts;
    }

    private static void checkNoBlanks(ProtocolFigures f, Map<String, Long> counts, List<ProtocolFailure> failures) {
        counts.forEach((field, value) -> {
            if (value == null) {
                failures.add(new ProtocolFailure(ProtocolCheck.NO_BLANK_FIGURES, List.of(field),
                        field + " is blank; enter 0 if there were none"));
            }
        });
        if (f.candidateVotes() == null) {
            failures.add(new ProtocolFailure(ProtocolCheck.NO_BLANK_FIGURES, List.of(CANDIDATE_VOTES),
                    "the votes per candidate are missing"));
        }
    }

    private static boolean checkCandidateLines(ProtocolFigures f, List<String> ballotOrder, Set<String> ballot,
                                               List<ProtocolFailure> failures) {
        if (f.candidateVotes() == null) {
            return false;
        }
        boolean match = true;
        for (String number : ballotOrder) {
            if (!f.candidateVotes().containsKey(number)) {
                match = false;
                failures.add(new ProtocolFailure(ProtocolCheck.CANDIDATE_LINES_MATCH_BALLOT,
                        List.of(ProtocolFields.candidateVotes(number)),
                        "no line for candidate " + number + ", who is on the ballot"));
            }
        }
        for (String number : f.candidateVotes().keySet()) {
            if (!ballot.contains(number)) {
                match = false;
                failures.add(new ProtocolFailure(ProtocolCheck.CANDIDATE_LINES_MATCH_BALLOT,
                        List.of(ProtocolFields.candidateVotes(number)),
                        "a line for candidate " + number + ", who is not on the ballot"));
            }
        }
        return match;
    }

    private static void checkNotNegative(Map<String, Long> counts, List<ProtocolFailure> failures) {
        counts.forEach((field, value) -> {
            if (value != null && value < 0) {
                failures.add(new ProtocolFailure(ProtocolCheck.COUNTS_NOT_NEGATIVE, List.of(field),
                        field + " is " + value + ", but a count cannot be negative"));
            }
        });
    }

    private static void checkIssuedPlusCancelledEqualsReceived(ProtocolFigures f, List<ProtocolFailure> failures) {
        if (anyBlank(f.ballotsIssuedAtStation(), f.ballotsIssuedAtHome(), f.ballotsCancelled(), f.ballotsReceived())) {
            return;
        }
        BigInteger issued = issued(f);
        BigInteger sum = issued.add(big(f.ballotsCancelled()));
        if (!sum.equals(big(f.ballotsReceived()))) {
            failures.add(new ProtocolFailure(ProtocolCheck.ISSUED_PLUS_CANCELLED_EQUALS_RECEIVED,
                    List.of(BALLOTS_ISSUED_AT_STATION, BALLOTS_ISSUED_AT_HOME, BALLOTS_CANCELLED, BALLOTS_RECEIVED),
                    issuedText(f, issued) + " + cancelled " + f.ballotsCancelled() + " = " + sum
                            + ", but received is " + f.ballotsReceived()));
        }
    }

    private static void checkFoundNotMoreThanIssued(ProtocolFigures f, List<ProtocolFailure> failures) {
        if (anyBlank(f.ballotsFound(), f.ballotsIssuedAtStation(), f.ballotsIssuedAtHome())) {
            return;
        }
        BigInteger issued = issued(f);
        if (big(f.ballotsFound()).compareTo(issued) > 0) {
            failures.add(new ProtocolFailure(ProtocolCheck.FOUND_NOT_MORE_THAN_ISSUED,
                    List.of(BALLOTS_FOUND, BALLOTS_ISSUED_AT_STATION, BALLOTS_ISSUED_AT_HOME),
                    "found " + f.ballotsFound() + " is more than " + issuedText(f, issued)));
        }
    }

    private static void checkInvalidPlusVotesEqualsFound(ProtocolFigures f, List<String> ballotOrder,
                                                         List<ProtocolFailure> failures) {
        if (anyBlank(f.invalidBallots(), f.againstAll(), f.ballotsFound())
                || f.candidateVotes().containsValue(null)) {
            return;
        }
        BigInteger candidates = BigInteger.ZERO;
        List<String> fields = new ArrayList<>();
        fields.add(INVALID_BALLOTS);
        for (String number : ballotOrder) {
            candidates = candidates.add(big(f.candidateVotes().get(number)));
            fields.add(ProtocolFields.candidateVotes(number));
        }
        fields.add(AGAINST_ALL);
        fields.add(BALLOTS_FOUND);
        BigInteger sum = big(f.invalidBallots()).add(candidates).add(big(f.againstAll()));
        if (!sum.equals(big(f.ballotsFound()))) {
            failures.add(new ProtocolFailure(ProtocolCheck.INVALID_PLUS_VOTES_EQUALS_FOUND, fields,
                    "invalid " + f.invalidBallots() + " + candidates " + candidates + " + against all "
                            + f.againstAll() + " = " + sum + ", but found is " + f.ballotsFound()));
        }
    }

    private static void checkIssuedNotMoreThanVoters(ProtocolFigures f, List<ProtocolFailure> failures) {
        if (anyBlank(f.ballotsIssuedAtStation(), f.ballotsIssuedAtHome(), f.votersOnList())) {
            return;
        }
        BigInteger issued = issued(f);
        if (issued.compareTo(big(f.votersOnList())) > 0) {
            failures.add(new ProtocolFailure(ProtocolCheck.ISSUED_NOT_MORE_THAN_VOTERS,
                    List.of(BALLOTS_ISSUED_AT_STATION, BALLOTS_ISSUED_AT_HOME, VOTERS_ON_LIST),
                    issuedText(f, issued) + " is more than voters on the list " + f.votersOnList()));
        }
    }

    private static BigInteger issued(ProtocolFigures f) {
        return big(f.ballotsIssuedAtStation()).add(big(f.ballotsIssuedAtHome()));
    }

    private static String issuedText(ProtocolFigures f, BigInteger issued) {
        return "issued " + issued + " (station " + f.ballotsIssuedAtStation() + " + home "
                + f.ballotsIssuedAtHome() + ")";
    }

    private static boolean anyBlank(Long... values) {
        for (Long value : values) {
            if (value == null) {
                return true;
            }
        }
        return false;
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
