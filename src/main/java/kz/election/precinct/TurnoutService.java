package kz.election.precinct;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.election.common.ConflictException;
import kz.election.common.ElectionTime;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.election.ElectoralCalendar;
import kz.election.ruleset.CalendarRules;
import kz.election.ruleset.Ruleset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Election-day turnout: the report times every precinct owes (from the stored calendar and the
 * election's ruleset), the reports as made, and an overview that shows supervisors which are late or
 * missing. Each report is one short transaction that locks only its own precinct.
 */
@Service
@Transactional
public class TurnoutService {

    /** One precinct's report at one report time, as the overview shows it. */
    public record Report(String hour, OffsetDateTime reportAt, OffsetDateTime dueAt, boolean atClose,
                         TurnoutRules.Status status, Long ballotsIssued, BigDecimal turnoutPercent,
                         String reportedBy, OffsetDateTime reportedAt) {
    }

    public record PrecinctTurnout(int precinctNumber, long votersOnList, List<Report> reports) {
    }

    /** Every precinct and report time of an election at {@code asOf}; late and missing reports flagged. */
    public record Overview(String electionNumber, OffsetDateTime asOf, List<String> hours, int late, int missing,
                           List<PrecinctTurnout> precincts) {
    }

    private final JdbcClient jdbc;
    private final PrecinctKeys keys;
    private final ElectionService elections;
    private final PrecinctHours hours;

    TurnoutService(JdbcClient jdbc, PrecinctKeys keys, ElectionService elections, PrecinctHours hours) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.elections = elections;
        this.hours = hours;
    }

    /**
     * The report times of one precinct: the ruleset's times while its own polls are open (the calendar's hours
     * unless its commission moved them), and its close (a moved close moves the last report).
     */
    @Transactional(readOnly = true)
    public List<TurnoutRules.Slot> schedule(String electionNumber, int precinctNumber) {
        return schedule(electionNumber, hours.of(electionNumber, precinctNumber));
    }

    private List<TurnoutRules.Slot> schedule(String electionNumber, PrecinctHours.Hours open) {
        Election election = elections.byNumber(electionNumber);
        Ruleset ruleset = elections.ruleset(election);
        CalendarRules rules = ruleset.calendar(election.level());
        return TurnoutRules.schedule(open.pollsOpen(), open.pollsClose(),
                rules.turnoutReportTimes().value(), rules.turnoutReportAtClose().value(),
                Duration.ofMinutes(ruleset.escalation().turnoutReportGraceMinutes().value()));
    }

    /**
     * The report time whose due date a turnout task was created with (countSchedule.reportDueAt in the
     * model), whatever a completion sends as turnoutReportHour.
     */
    @Transactional(readOnly = true)
    public String hourDueAt(String electionNumber, int precinctNumber, java.util.Date due) {
        return schedule(electionNumber, precinctNumber).stream()
                .filter(slot -> due != null && slot.dueAt().toInstant().equals(due.toInstant()))
                .map(TurnoutRules.Slot::hour).findFirst()
                .orElseThrow(() -> new IllegalStateException("a turnout report is due at no report time of election "
                        + electionNumber + " (" + due + ")"));
    }

    /** One report time of the precinct; the process asks for it by the hour it iterates over. */
    @Transactional(readOnly = true)
    public TurnoutRules.Slot slot(String electionNumber, int precinctNumber, String hour) {
        return schedule(electionNumber, precinctNumber).stream().filter(s -> s.hour().equals(hour)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(hour + " is not a turnout report time of precinct "
                        + precinctNumber + " of election " + electionNumber));
    }

    /**
     * Records the ballots issued so far at one report time.
     *
     * @throws InvalidInputException naming the field: an unknown hour, a number that is negative, above the
     *                               voters on the list, or below an earlier (above a later) report
     * @throws ConflictException     when the report time has not come yet or the hour is reported already
     */
    public Report record(String electionNumber, int precinctNumber, String hour, Long ballotsIssued, String reportedBy) {
        PrecinctKeys.Keys at = keys.lockPrecinct(electionNumber, precinctNumber);
        TurnoutRules.Slot slot = validate(electionNumber, precinctNumber, hour, ballotsIssued);
        long voters = voters(at.precinctId());
        OffsetDateTime now = ElectionTime.now().atOffset(slot.reportAt().getOffset());
        jdbc.sql("""
                        INSERT INTO election.turnout_report (election_id, precinct_id, report_hour, report_at, due_at,
                                                             ballots_issued, reported_by, reported_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(at.electionId(), at.precinctId(), slot.hour(), Timestamp.from(slot.reportAt().toInstant()),
                        Timestamp.from(slot.dueAt().toInstant()), ballotsIssued, reportedBy,
                        Timestamp.from(now.toInstant()))
                .update();
        return report(slot, ballotsIssued, voters, reportedBy, now, now);
    }

    /**
     * The checks of {@link #record} without recording: the REST door asks them before it completes the
     * task, so its caller gets the field named (an engine listener's failure reaches callers wrapped).
     *
     * @return the report time the report is for
     */
    @Transactional(readOnly = true)
    public TurnoutRules.Slot validate(String electionNumber, int precinctNumber, String hour, Long ballotsIssued) {
        PrecinctKeys.Keys at = keys.precinct(electionNumber, precinctNumber);
        List<TurnoutRules.Slot> schedule = schedule(electionNumber, precinctNumber);
        Map<String, Long> reported = reported(at.precinctId());
        List<FieldViolation> violations = TurnoutRules.check(schedule, hour, ballotsIssued, voters(at.precinctId()),
                reported);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        TurnoutRules.Slot slot = schedule.stream().filter(s -> s.hour().equals(hour.strip())).findFirst().orElseThrow();
        if (reported.containsKey(slot.hour())) {
            throw new ConflictException("Precinct " + precinctNumber + " reported its " + slot.hour()
                    + " turnout already (" + reported.get(slot.hour()) + " ballots issued); a report is not changed");
        }
        if (ElectionTime.now().atOffset(slot.reportAt().getOffset()).isBefore(slot.reportAt())) {
            throw new ConflictException("The " + slot.hour() + " turnout report opens at " + slot.reportAt());
        }
        return slot;
    }

    /** Why a precinct has no open turnout task for a report time of its election. */
    @Transactional(readOnly = true)
    public ConflictException noOpenReport(String electionNumber, int precinctNumber, String hour) {
        PrecinctKeys.Keys at = keys.precinct(electionNumber, precinctNumber);
        TurnoutRules.Slot slot = slot(electionNumber, precinctNumber, hour);
        Long reported = reported(at.precinctId()).get(hour);
        if (reported != null) {
            return new ConflictException("Precinct " + precinctNumber + " reported its " + hour
                    + " turnout already (" + reported + " ballots issued); a report is not changed");
        }
        if (ElectionTime.now().atOffset(slot.reportAt().getOffset()).isBefore(slot.reportAt())) {
            return new ConflictException("The " + hour + " turnout report opens at " + slot.reportAt());
        }
        return new ConflictException("Precinct " + precinctNumber + " of election " + electionNumber
                + " has no open " + hour + " turnout report: its count is not running");
    }

    /** One precinct's report at one report time of its schedule, as the overview would show it now. */
    @Transactional(readOnly = true)
    public Report report(String electionNumber, int precinctNumber, TurnoutRules.Slot slot) {
        PrecinctKeys.Keys at = keys.precinct(electionNumber, precinctNumber);
        OffsetDateTime now = ElectionTime.now().atOffset(slot.reportAt().getOffset());
        long voters = voters(at.precinctId());
        return jdbc.sql("""
                        SELECT ballots_issued, reported_by, reported_at FROM election.turnout_report
                        WHERE precinct_id = ? AND report_hour = ?""")
                .params(at.precinctId(), slot.hour())
                .query((rs, n) -> report(slot, rs.getLong(1), voters, rs.getString(2),
                        rs.getTimestamp(3).toInstant().atOffset(slot.reportAt().getOffset()), now))
                .optional().orElseGet(() -> report(slot, null, voters, null, null, now));
    }

    /** Every precinct's reports at the engine's current time. */
    @Transactional(readOnly = true)
    public Overview overview(String electionNumber) {
        long electionId = keys.election(electionNumber);
        OffsetDateTime now = elections.byNumber(electionNumber).local(ElectionTime.now());
        record Row(int precinct, String hour, long ballots, String by, Timestamp at) {
        }
        Map<Integer, List<Row>> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT pr.precinct_number, t.report_hour, t.ballots_issued, t.reported_by, t.reported_at
                        FROM election.turnout_report t JOIN election.precinct pr ON pr.id = t.precinct_id
                        WHERE t.election_id = ?""")
                .param(electionId)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getTimestamp(5)))
                .list().forEach(row -> rows.computeIfAbsent(row.precinct(), p -> new ArrayList<>()).add(row));
        List<PrecinctTurnout> precincts = new ArrayList<>();
        int late = 0;
        int missing = 0;
        Set<String> hoursOfAll = new TreeSet<>();
        for (var precinct : jdbc.sql("SELECT precinct_number, voters FROM election.precinct WHERE election_id = ? ORDER BY precinct_number")
                .param(electionId).query((rs, n) -> new long[] {rs.getInt(1), rs.getLong(2)}).list()) {
            // each precinct's own report times: a moved close reports at its own close
            List<TurnoutRules.Slot> schedule = schedule(electionNumber, (int) precinct[0]);
            schedule.forEach(slot -> hoursOfAll.add(slot.hour()));
            List<Report> reports = new ArrayList<>();
            for (TurnoutRules.Slot slot : schedule) {
                Row row = rows.getOrDefault((int) precinct[0], List.of()).stream()
                        .filter(r -> r.hour().equals(slot.hour())).findFirst().orElse(null);
                Report report = row == null
                        ? report(slot, null, precinct[1], null, null, now)
                        : report(slot, row.ballots(), precinct[1], row.by(), row.at().toInstant().atOffset(now.getOffset()), now);
                late += report.status() == TurnoutRules.Status.LATE ? 1 : 0;
                missing += report.status() == TurnoutRules.Status.MISSING ? 1 : 0;
                reports.add(report);
            }
            precincts.add(new PrecinctTurnout((int) precinct[0], precinct[1], reports));
        }
        return new Overview(electionNumber, now, List.copyOf(hoursOfAll), late, missing, precincts);
    }

    private static Report report(TurnoutRules.Slot slot, Long ballots, long voters, String by, OffsetDateTime at,
                                 OffsetDateTime now) {
        BigDecimal percent = ballots == null ? null : voters == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(ballots).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(voters), 2, RoundingMode.HALF_UP);
        return new Report(slot.hour(), slot.reportAt(), slot.dueAt(), slot.atClose(),
                TurnoutRules.status(slot, at, now), ballots, percent, by, at);
    }

    private long voters(long precinctId) {
        return jdbc.sql("SELECT voters FROM election.precinct WHERE id = ?").param(precinctId).query(Long.class).single();
    }

    private Map<String, Long> reported(long precinctId) {
        Map<String, Long> reported = new LinkedHashMap<>();
        jdbc.sql("SELECT report_hour, ballots_issued FROM election.turnout_report WHERE precinct_id = ?")
                .param(precinctId).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> reported.put(e.getKey(), e.getValue()));
        return reported;
    }
}
