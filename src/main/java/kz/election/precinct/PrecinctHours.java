package kz.election.precinct;

import java.sql.Timestamp;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.common.ElectionTime;
import kz.election.common.InvalidInputException;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.election.ElectoralCalendar;
import kz.election.ruleset.CalendarRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each precinct's voting hours on election day: the election's calendar (07:00-20:00) unless its territorial
 * commission moved them ({@link PollingHoursRules}). The count's opening of turnout reports, its close of
 * polls and its deadline (the close plus countMaxHours) are read here, so they follow the precinct's own hours.
 */
@Service
@Transactional
public class PrecinctHours {

    /** One precinct's opening and closing on election day, in the election's zone; {@code moved} when its own. */
    public record Hours(int precinctNumber, OffsetDateTime pollsOpen, OffsetDateTime pollsClose, boolean moved,
                        String setBy, OffsetDateTime setAt) {
    }

    private final JdbcClient jdbc;
    private final PrecinctKeys keys;
    private final ElectionService elections;
    private final DecisionLog decisionLog;

    PrecinctHours(JdbcClient jdbc, PrecinctKeys keys, ElectionService elections, DecisionLog decisionLog) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.elections = elections;
        this.decisionLog = decisionLog;
    }

    @Transactional(readOnly = true)
    public Hours of(String electionNumber, int precinctNumber) {
        PrecinctKeys.Keys at = keys.precinct(electionNumber, precinctNumber);
        return all(electionNumber, at.precinctId()).get(0);
    }

    /** The earliest opening of the election's precincts: when the election starts their counts. */
    @Transactional(readOnly = true)
    public OffsetDateTime earliestOpening(String electionNumber) {
        ElectoralCalendar calendar = elections.calendar(electionNumber);
        return all(electionNumber, null).stream().map(Hours::pollsOpen).min(Comparator.naturalOrder())
                .orElse(calendar.at(ElectoralCalendar.POLLS_OPEN));
    }

    /**
     * Moves the precinct's opening, closing or both.
     *
     * @throws InvalidInputException naming pollsOpen or pollsClose: not HH:MM, outside the ruleset's bounds,
     *                               the opening not before the closing, or the day of silence begun
     */
    public Hours move(String electionNumber, int precinctNumber, PollingHoursRules.Request request, String by) {
        PrecinctKeys.Keys at = keys.lockPrecinct(electionNumber, precinctNumber);
        Election election = elections.byNumber(electionNumber);
        CalendarRules rules = elections.ruleset(election).calendar(election.level());
        Hours current = all(electionNumber, at.precinctId()).get(0);
        OffsetDateTime now = election.local(ElectionTime.now());
        PollingHoursRules.Result result = PollingHoursRules.check(request,
                new PollingHoursRules.Hours(current.pollsOpen().toLocalTime(), current.pollsClose().toLocalTime()),
                rules, now, elections.calendar(electionNumber).at(ElectoralCalendar.CAMPAIGN_ENDS));
        if (!result.violations().isEmpty()) {
            throw new InvalidInputException(result.violations());
        }
        jdbc.sql("""
                        UPDATE election.precinct SET polls_open = ?, polls_close = ?, hours_set_by = ?, hours_set_at = ?
                        WHERE id = ?""")
                .params(result.hours().open(), result.hours().close(), by, Timestamp.from(now.toInstant()),
                        at.precinctId())
                .update();
        // the precinct keeps only its latest hours: the audit trail keeps every move, with the hours it replaced
        decisionLog.record(new DecisionEntry(by, electionNumber, null, null, "POLLING_HOURS_MOVED", "precinct "
                + precinctNumber + ": " + result.hours().open() + "-" + result.hours().close() + ", were "
                + current.pollsOpen().toLocalTime() + "-" + current.pollsClose().toLocalTime(), null));
        return of(electionNumber, precinctNumber);
    }

    /** The precincts' hours (one precinct's when {@code precinctId} is given), by number. */
    private List<Hours> all(String electionNumber, Long precinctId) {
        Election election = elections.byNumber(electionNumber);
        ElectoralCalendar calendar = elections.calendar(electionNumber);
        OffsetDateTime open = calendar.at(ElectoralCalendar.POLLS_OPEN);
        OffsetDateTime close = calendar.at(ElectoralCalendar.POLLS_CLOSE);
        return jdbc.sql("""
                        SELECT precinct_number, polls_open, polls_close, hours_set_by, hours_set_at
                        FROM election.precinct WHERE election_id = (SELECT id FROM election.election WHERE election_number = ?)
                          AND (CAST(? AS BIGINT) IS NULL OR id = ?)
                        ORDER BY precinct_number""")
                .params(electionNumber, precinctId, precinctId)
                .query((rs, n) -> {
                    LocalTime ownOpen = rs.getObject("polls_open", LocalTime.class);
                    LocalTime ownClose = rs.getObject("polls_close", LocalTime.class);
                    Timestamp setAt = rs.getTimestamp("hours_set_at");
                    return new Hours(rs.getInt("precinct_number"), onElectionDay(election, ownOpen, open),
                            onElectionDay(election, ownClose, close), ownOpen != null || ownClose != null,
                            rs.getString("hours_set_by"), setAt == null ? null : election.local(setAt.toInstant()));
                })
                .list();
    }

    // the zone's offset of that moment of election day (the calendar's own is that of its default hour)
    private static OffsetDateTime onElectionDay(Election election, LocalTime own, OffsetDateTime calendar) {
        return own == null ? calendar
                : ZonedDateTime.of(election.electionDay(), own, election.zone()).toOffsetDateTime();
    }
}
