package kz.election.precinct;

import kz.election.common.NotFoundException;
import kz.election.election.ElectionKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Turns the numbers people use (election number, precinct number) into the rows' ids. */
@Component
class PrecinctKeys {

    record Keys(long electionId, long precinctId) {
    }

    private final JdbcClient jdbc;
    private final ElectionKeys elections;

    PrecinctKeys(JdbcClient jdbc, ElectionKeys elections) {
        this.jdbc = jdbc;
        this.elections = elections;
    }

    long election(String electionNumber) {
        return elections.id(electionNumber);
    }

    Keys precinct(String electionNumber, int precinctNumber) {
        return find(electionNumber, precinctNumber, "");
    }

    /**
     * Serialises the protocol steps of one precinct (two members submitting at once); other precincts never
     * wait. One statement finds and locks the precinct's row (election night: thousands of these).
     */
    Keys lockPrecinct(String electionNumber, int precinctNumber) {
        return find(electionNumber, precinctNumber, " FOR UPDATE OF pr");
    }

    private Keys find(String electionNumber, int precinctNumber, String lock) {
        return jdbc.sql("""
                        SELECT pr.election_id, pr.id FROM election.precinct pr
                        JOIN election.election e ON e.id = pr.election_id
                        WHERE e.election_number = ? AND pr.precinct_number = ?""" + lock)
                .params(electionNumber, precinctNumber).query((rs, n) -> new Keys(rs.getLong(1), rs.getLong(2)))
                .optional().orElseThrow(() -> notFound(electionNumber, precinctNumber));
    }

    /** Which of the two is unknown: the election, or the precinct in a known election. */
    private NotFoundException notFound(String electionNumber, int precinctNumber) {
        election(electionNumber);
        return new NotFoundException("Precinct", electionNumber + "/" + precinctNumber);
    }
}
