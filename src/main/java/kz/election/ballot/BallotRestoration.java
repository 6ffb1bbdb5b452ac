package kz.election.ballot;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import kz.election.election.ElectionKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final ElectionKeys keys;

    BallotRestoration(JdbcClient jdbc, ElectionKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /**
     * @return true when a line was added; false when the ballot is not fixed yet (it will be fixed from
     *     the registrations) or already lists the candidate
     */
    public boolean restore(String electionNumber, BallotEntry candidate) {
        long electionId = keys.id(electionNumber);
        // the same row lock as fixing the ballot: a fix and a restoration never interleave
        boolean fixed = jdbc.sql("SELECT ballot_fixed_at IS NOT NULL FROM election.election WHERE id = ? FOR UPDATE")
                .param(electionId).query(Boolean.class).single();
        if (!fixed) {
            return false;
        }
        List<BallotEntry> lines = new ArrayList<>(jdbc.sql("""
                        SELECT registration_number, candidate_name, nominated_by FROM election.ballot_line
                        WHERE election_id = ? ORDER BY position""")
                .param(electionId)
                .query((rs, n) -> new BallotEntry(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list());
        if (lines.stream().anyMatch(l -> l.registrationNumber().equals(candidate.registrationNumber()))) {
            return false;
        }
        lines.add(placeOf(lines, candidate.registrationNumber()), candidate);
        jdbc.sql("DELETE FROM election.ballot_line WHERE election_id = ?").param(electionId).update();
        IntStream.range(0, lines.size()).forEach(i -> jdbc.sql("""
                        INSERT INTO election.ballot_line
                          (election_id, position, registration_number, candidate_name, nominated_by)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(electionId, i + 1, lines.get(i).registrationNumber(), lines.get(i).candidateName(),
                        lines.get(i).nominatedBy())
                .update());
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
