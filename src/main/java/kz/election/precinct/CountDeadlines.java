package kz.election.precinct;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import kz.election.common.ElectionTime;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.ruleset.Ruleset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a precinct's protocol must be entered. The count of election night is due countMaxHours after the
 * precinct's actual close of polls (its own hours where its commission moved them, else the calendar's, so
 * the calendar's countDeadline); a recount, ordered
 * later, has the same number of hours from its opening (by analogy: no statutory recount deadline was
 * found). The territorial commission is warned escalation.countHoursBeforeDeadline before, or at once
 * when the count opens later than that.
 */
@Service
@Transactional
public class CountDeadlines {

    public record EntryDeadline(Instant dueAt, Instant escalateAt) {
    }

    private final JdbcClient jdbc;
    private final PrecinctKeys keys;
    private final ElectionService elections;
    private final ProtocolService protocols;
    private final PrecinctHours hours;

    CountDeadlines(JdbcClient jdbc, PrecinctKeys keys, ElectionService elections,
                   ProtocolService protocols, PrecinctHours hours) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.elections = elections;
        this.protocols = protocols;
        this.hours = hours;
    }

    /** The deadline of the protocol version the precinct enters next (see {@link #fix}). */
    public EntryDeadline fixForVersionToEnter(String electionNumber, int precinctNumber) {
        return fix(electionNumber, precinctNumber, protocols.versionToEnter(electionNumber, precinctNumber));
    }

    /** Fixes (once per version) and returns the entry deadline; a re-run returns the one stored. */
    public EntryDeadline fix(String electionNumber, int precinctNumber, int version) {
        PrecinctKeys.Keys at = keys.lockPrecinct(electionNumber, precinctNumber);
        var stored = stored(at.precinctId(), version);
        if (stored != null) {
            return stored;
        }
        Election election = elections.byNumber(electionNumber);
        Ruleset ruleset = elections.ruleset(election);
        Instant now = ElectionTime.now();
        // the count has countMaxHours from the precinct's actual close: its own hours where they were moved
        Instant from = version == 1 ? hours.of(electionNumber, precinctNumber).pollsClose().toInstant() : now;
        Instant due = from.plus(Duration.ofHours(ruleset.calendar(election.level()).countMaxHours().value()));
        Instant escalate = due.minus(Duration.ofHours(ruleset.escalation().countHoursBeforeDeadline().value()));
        if (escalate.isBefore(now)) {
            escalate = now.isBefore(due) ? now : due;
        }
        jdbc.sql("""
                        INSERT INTO election.protocol_entry_deadline (precinct_id, version, election_id, opened_at, due_at, escalate_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(at.precinctId(), version, at.electionId(), Timestamp.from(now), Timestamp.from(due),
                        Timestamp.from(escalate))
                .update();
        return new EntryDeadline(due, escalate);
    }

    private EntryDeadline stored(long precinctId, int version) {
        return jdbc.sql("SELECT due_at, escalate_at FROM election.protocol_entry_deadline WHERE precinct_id = ? AND version = ?")
                .params(precinctId, version)
                .query((rs, n) -> new EntryDeadline(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()))
                .optional().orElse(null);
    }
}
