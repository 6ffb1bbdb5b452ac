package kz.election.election;

import kz.election.common.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Turns the number people use for an election into its row's id, for the parts that keep rows under it. */
@Component
public class ElectionKeys {

    private final JdbcClient jdbc;

    ElectionKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long id(String electionNumber) {
        return jdbc.sql("SELECT id FROM election.election WHERE election_number = ?")
                .param(electionNumber).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("Election", electionNumber));
    }
}
