package kz.election.ballot;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of a ballot (election.ballot_line), for fixing it and for restoring a candidate to it. */
@Component
class BallotLines {

    private final JdbcClient jdbc;

    BallotLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether the election's ballot is fixed, locking the election's row: a second fix or a restoration
     * waits for the first and then sees it, so they never interleave.
     */
    boolean lockAndCheckFixed(long electionId) {
        return jdbc.sql("SELECT ballot_fixed_at IS NOT NULL FROM election.election WHERE id = ? FOR UPDATE")
                .param(electionId).query(Boolean.class).single();
    }

    /** The lines in ballot order; empty while the ballot is not fixed. */
    List<BallotEntry> read(long electionId) {
        return jdbc.sql("""
                        SELECT registration_number, candidate_name, nominated_by FROM election.ballot_line
                        WHERE election_id = ? ORDER BY position""")
                .param(electionId)
                .query((rs, n) -> new BallotEntry(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Writes the lines in this order, position 1 first, in place of any the ballot had. */
    void write(long electionId, List<BallotEntry> lines) {
        jdbc.sql("DELETE FROM election.ballot_line WHERE election_id = ?").param(electionId).update();
        IntStream.range(0, lines.size()).forEach(i -> jdbc.sql("""
                        INSERT INTO election.ballot_line
                          (election_id, position, registration_number, candidate_name, nominated_by)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(electionId, i + 1, lines.get(i).registrationNumber(), lines.get(i).candidateName(),
                        lines.get(i).nominatedBy())
                .update());
    }
}
