package kz.election.noconfidence;

import kz.election.common.TextRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a case and a citizens' appeal both ask of the store before they are recorded: whether the
 * election they name exists, and the next number of their series (NC for cases, NCA for appeals) in a year.
 */
@Component
class CaseRegistry {

    private final JdbcClient jdbc;

    CaseRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean electionExists(String number) {
        if (TextRules.problemWithLine(number, 40).isPresent()) {
            return false; // a NUL would reach PostgreSQL, which refuses it with a 500; no election has such a number
        }
        return jdbc.sql("SELECT count(*) FROM election.election WHERE election_number = ?").param(number)
                .query(Long.class).single() > 0;
    }

    /** "NC-2027-0001": one counter per series and year, taken in the caller's transaction. */
    String nextNumber(String series, int year) {
        int next = jdbc.sql("""
                        INSERT INTO election.motion_number_counter AS c (year, series, last_value) VALUES (?, ?, 1)
                        ON CONFLICT (year, series) DO UPDATE SET last_value = c.last_value + 1
                        RETURNING last_value""")
                .params(year, series).query(Integer.class).single();
        return "%s-%d-%04d".formatted(series, year, next);
    }
}
