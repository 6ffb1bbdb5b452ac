package kz.election.ballot;

import java.util.ArrayList;
import java.util.List;
import kz.election.election.ElectionKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a reinstated candidate back on a ballot that was already fixed (an upheld complaint or a court
 * restores the registration before election day). The caller makes sure voting has not begun: before
 * the polls open no protocol has been entered against the ballot, so its lines may still move. The
 * candidate takes their place in registration order; a candidate still on the ballot (deregistered
 * after the fix, so only struck off) keeps their line. The candidate part calls this when it
 * reinstates a registration, in the same transaction; the ballot reads nothing of the candidate part.
 */
@Service
@Transactional
public class BallotRestoration {

    private final BallotLines ballotLines;
    private final ElectionKeys keys;

    BallotRestoration(BallotLines ballotLines, ElectionKeys keys) {
        this.ballotLines = ballotLines;
        this.keys = keys;
    }

    /**
     * @return true when a line was added; false when the ballot is not fixed yet (it will be fixed from
     *     the registrations) or already lists the candidate
     */
    public boolean restore(String electionNumber, BallotEntry candidate) {
        long electionId = keys.id(electionNumber);
        // the same row lock as fixing the ballot: a fix and a restoration never interleave
        if (!ballotLines.lockAndCheckFixed(electionId)) {
            return false;
        }
        List<BallotEntry> lines = new ArrayList<>(ballotLines.read(electionId));
        if (lines.stream().anyMatch(l -> l.registrationNumber().equals(candidate.registrationNumber()))) {
            return false;
        }
        lines.add(placeOf(lines, candidate.registrationNumber()), candidate);
        ballotLines.write(electionId, lines);
        return true;
    }

    /** Registration numbers ({election}-C01, -C02, ...) sort in registration order. */
    static int placeOf(List<BallotEntry> lines, String registrationNumber) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).registrationNumber().compareTo(registrationNumber) > 0) {
                return i;
            }
        }
        return lines.size();
    }
}
