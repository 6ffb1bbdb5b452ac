package kz.election.precinct;

import kz.election.common.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Turns the numbers people use (election number, precinct number) into the rows' ids. */
@Component
class PrecinctKeys {

    record Keys(long electionId, long precinctId) {
    }

    private final JdbcClient jdbc;

    PrecinctKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long election(String electionNumber) {
        return jdbc.sql("SELECT id FROM election.election WHERE election_number = ?")
                .param(electionNumber).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("Election", electionNumber));
    }

    Keys precinct(String electionNumber, int precinctNumber) {
        long electionId = election(electionNumber);
        long precinctId = jdbc.sql("SELECT id FROM election.precinct WHERE election_id = ? AND precinct_number = ?")
                .params(electionId, precinctNumber).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("Precinct", electionNumber + "/" + precinctNumber));
        return new Keys(electionId, precinctId);
    }

    /** Serialises the protocol steps of one precinct (two members submitting at once); other precincts never wait. */
    Keys lockPrecinct(String electionNumber, int precinctNumber) {
        Keys keys = precinct(electionNumber, precinctNumber);
        jdbc.sql("SELECT id FROM election.precinct WHERE id = ? FOR UPDATE").param(keys.precinctId()).query(Long.class).single();
        return keys;
    }
}
