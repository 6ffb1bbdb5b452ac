package kz.election.election;

import static kz.election.common.StoredRows.toJson;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.election.common.ElectionTime;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import kz.election.common.TextRules;
import kz.election.platform.FormValues;
import kz.election.ruleset.Certainty;
import kz.election.ruleset.Level;
import kz.election.ruleset.Ruleset;
import kz.election.ruleset.RulesetCatalog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.regex.Pattern;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.commission.Commission;
import kz.election.commission.CommissionLevel;
import kz.election.commission.Registers;
import kz.election.commission.Territory;
import kz.election.common.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces elections and reads them back. An announcement is checked completely before anything is
 * written, so staff see every problem of the form at once and a refused call leaves no trace, not
 * even a used number.
 */
@Service
@Transactional
public class ElectionService {

    /** The decision-log entry of a commission's confirmed call under the unconfirmed minimum lead. */
    public static final String SHORT_CALL_CONFIRMED = "SHORT_CALL_CONFIRMED";

    /** Kazakhstan's single time zone since 1 March 2024; only used to find "today" before a ruleset is known. */
    static final int MAX_TEXT_LENGTH = 200;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final RulesetCatalog rulesets;
    private final AnnouncementRules announcementRules = new AnnouncementRules();
    private final PrecinctCsv precinctCsv = new PrecinctCsv();
    private static final Pattern KATO = Pattern.compile("[0-9]{9}");

    private final Registers registers;
    private final DecisionLog decisionLog;
    private final ObjectMapper json;

    public ElectionService(JdbcClient jdbc, JdbcTemplate jdbcTemplate, RulesetCatalog rulesets, Registers registers,
                           DecisionLog decisionLog, ObjectMapper json) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.rulesets = rulesets;
        this.registers = registers;
        this.decisionLog = decisionLog;
        this.json = json;
    }

    /**
     * Checks the call, stores the election with its precincts and every deadline of its calendar, and
     * returns it as stored. Joins the caller's transaction, so a process started in it commits or
     * fails together with the election.
     *
     * <p>The territory is a KATO code of the register; the commission of the tier the rules name as calling
     * the election ({@code organizers} of the ruleset) whose territory holds it organizes the election, and
     * only its members may announce it ({@code announcedBy} {@link DecisionEntry#SYSTEM} is the
     * application's own call of a repeat election in the same territory).
     *
     * @throws InvalidInputException listing every problem, named by the request's field names
     * @throws ForbiddenException    when the announcer does not sit on the organizing commission
     */
    public Election announce(AnnouncementRequest request, String announcedBy) {
        // engine time, so that a test or a repair that moves the engine clock moves "today" with it
        Instant now = ElectionTime.now();
        List<FieldViolation> violations = new ArrayList<>();

        requireText(violations, "post", request.post());
        Optional<Territory> territory = territory(violations, request);
        // today where the election is: the territory's zone (the country's before a territory is known)
        LocalDate callDate = request.callDate() != null ? request.callDate()
                : LocalDate.ofInstant(now, territory.map(t -> ElectionTime.zoneOf(t.code())).orElse(ElectionTime.COUNTRY));
        Optional<Ruleset> ruleset = rulesets.effectiveOn(callDate);
        Optional<Commission> organizer = territory.flatMap(t -> ruleset.flatMap(rules -> organizer(violations, t,
                request.level(), rules)));
        Announcement announcement = new Announcement(request.level(), request.reason(), callDate,
                request.electionDay(), request.termEnd(), request.vacancyDate(), request.shortCallIsConfirmed());
        if (ruleset.isPresent()) {
            announcementRules.check(announcement, ruleset.get()).forEach(v -> violations.add(fieldViolation(v)));
        } else {
            violations.add(new FieldViolation("callDate", "no election rules are in force on " + callDate
                    + "; the earliest rules apply from " + earliestRules()));
            requireValue(violations, "level", request.level());
            requireValue(violations, "reason", request.reason());
            requireValue(violations, "electionDay", request.electionDay());
        }
        checkPreviousElection(violations, request);
        List<PrecinctRow> precincts = readPrecincts(violations, request.precinctsCsv());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Commission organizing = organizer.orElseThrow();
        if (!DecisionEntry.SYSTEM.equals(announcedBy) && !registers.isMember(announcedBy, organizing.code())) {
            throw new ForbiddenException("Only members of " + organizing.name("ru") + " (" + organizing.code()
                    + ") call an election in " + territory.get().nameRu() + " (" + territory.get().code()
                    + "); " + announcedBy + " does not sit on it");
        }

        Ruleset rules = ruleset.orElseThrow();
        // the territory's zone: the same UTC+5 everywhere since 1 March 2024, UTC+6 in the east before it
        ElectoralCalendar calendar = ElectoralCalendar.compute(callDate, request.electionDay(), request.level(), rules,
                ElectionTime.zoneOf(territory.get().code()));
        // the year of election day, by which people name an election: one called in December for January is January's
        String number = nextNumber(request.electionDay().getYear(), request.level());
        long id = jdbc.sql("""
                        INSERT INTO election.election
                          (election_number, territory, level, post, reason, call_date, election_day, term_end,
                           vacancy_date, ruleset_id, status, previous_election_number, announced_by, announced_at,
                           created_at, updated_at, territory_code, organizer_code)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        RETURNING id""")
                .params(number, territory.get().name(organizing.language()), request.level().name(), request.post().strip(),
                        request.reason().name(), callDate, request.electionDay(), request.termEnd(),
                        request.vacancyDate(), rules.id(), ElectionStatus.ANNOUNCED.name(),
                        FormValues.text(request.previousElectionNumber()), announcedBy, Timestamp.from(now),
                        Timestamp.from(now), Timestamp.from(now), territory.get().code(), organizing.code())
                .query(Long.class)
                .single();
        jdbcTemplate.batchUpdate("""
                        INSERT INTO election.precinct (election_id, precinct_number, address, voters)
                        VALUES (?, ?, ?, ?)""",
                precincts.stream().map(p -> new Object[] {id, p.number(), p.address(), p.voters()}).toList());
        jdbcTemplate.batchUpdate("""
                        INSERT INTO election.calendar_deadline (election_id, key, name, due_at, citation, certainty)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                calendar.entries().stream().map(e -> new Object[] {id, e.key(), e.name(),
                        Timestamp.from(e.at().toInstant()), e.citation(), e.certainty().name()}).toList());
        // the commission confirmed a lead shorter than the unconfirmed minimum: kept with who and why
        announcementRules.shortCallWarning(announcement, rules).ifPresent(warning -> decisionLog.record(
                new DecisionEntry(announcedBy, number, null, null, SHORT_CALL_CONFIRMED, warning.message(),
                        toJson(json, Map.of("citation", warning.citation())))));
        return byNumber(number);
    }

    /**
     * Refuses (403, naming the commission) a user who does not sit on the commission organizing the
     * election: what a commission files for its own election (a nomination, a motion, a citizens' appeal)
     * only its members file, through whichever door. The application's own steps ({@link DecisionEntry#SYSTEM})
     * and an election from before the registers pass.
     */
    public void requireOrganizerSeat(String electionNumber, String userId, String what) {
        String organizer = jdbc.sql("SELECT organizer_code FROM election.election WHERE election_number = ?")
                .param(electionNumber).query(String.class).optional().orElse(null);
        if (organizer == null || userId == null || DecisionEntry.SYSTEM.equals(userId)
                || registers.isMember(userId, organizer)) {
            return;
        }
        throw new ForbiddenException(what + " of election " + electionNumber + " is filed by members of " + organizer
                + ", which organizes it; " + userId + " does not sit on it");
    }

    /** The territory of the register the request names, or a violation of {@code territory} saying why not. */
    private Optional<Territory> territory(List<FieldViolation> violations, AnnouncementRequest request) {
        String code = request.territory() == null ? null : request.territory().strip();
        if (code == null || code.isEmpty()) {
            violations.add(new FieldViolation("territory", "is required: the KATO code (9 digits) of the territory"));
            return Optional.empty();
        }
        Optional<Territory> territory = KATO.matcher(code).matches() ? registers.territory(code) : Optional.empty();
        if (territory.isEmpty()) {
            violations.add(new FieldViolation("territory", "'" + code + "' is not a territory of the register: give"
                    + " its KATO code (9 digits), as GET /api/territories lists them"));
            return Optional.empty();
        }
        int tier = territory.get().level().tier();
        if (request.level() == Level.RURAL && tier != 3) {
            violations.add(new FieldViolation("territory", territory.get().nameRu() + " (" + code + ") is a "
                    + territory.get().level() + ": a RURAL election is held in a rural district, village or city"
                    + " of district significance"));
        } else if (request.level() == Level.DISTRICT && tier != 2) {
            violations.add(new FieldViolation("territory", territory.get().nameRu() + " (" + code + ") is a "
                    + territory.get().level() + ": a DISTRICT election is held in a district or city of regional"
                    + " significance"));
        }
        return territory;
    }

    /** The commission the rules name as calling an election of that level in the territory. */
    private Optional<Commission> organizer(List<FieldViolation> violations, Territory territory, Level level,
                                           Ruleset rules) {
        if (level == null || rules.organizers(level) == null) {
            return Optional.empty();
        }
        CommissionLevel tier = CommissionLevel.valueOf(rules.organizers(level).calls().value().name());
        Optional<Commission> organizer = registers.enclosing(territory.code(), tier);
        if (organizer.isEmpty()) {
            violations.add(new FieldViolation("territory", "no " + tier + " commission of the register serves "
                    + territory.nameRu() + " (" + territory.code() + "); the commission register needs it first"));
        }
        return organizer;
    }

    @Transactional(readOnly = true)
    public Election byNumber(String number) {
        ElectionRow row = row(number);
        ZoneId zone = row.zone();
        List<PrecinctRow> precincts = jdbc.sql("""
                        SELECT precinct_number, address, voters FROM election.precinct
                        WHERE election_id = ? ORDER BY precinct_number""")
                .param(row.id())
                .query((rs, n) -> new PrecinctRow(rs.getInt("precinct_number"), rs.getString("address"),
                        rs.getInt("voters")))
                .list();
        return new Election(row.number(), row.territory(), row.level(), row.post(), row.reason(), row.callDate(),
                row.electionDay(), row.termEnd(), row.vacancyDate(), row.rulesetId(), row.status(),
                row.previousElectionNumber(), row.announcedBy(), row.announcedAt().atZone(zone).toOffsetDateTime(),
                precincts, deadlines(row.id(), zone).stream().map(Deadline::of).toList(), row.territoryCode(),
                row.organizerCode());
    }

    /** The calendar as stored on announcement (not recomputed: the stored dates are the ones timers use). */
    @Transactional(readOnly = true)
    public ElectoralCalendar calendar(String number) {
        ElectionRow row = row(number);
        return new ElectoralCalendar(row.rulesetId(), row.level(), row.callDate(), row.electionDay(),
                deadlines(row.id(), row.zone()));
    }

    /** Every election, the next election day first. */
    @Transactional(readOnly = true)
    public List<ElectionSummary> list() {
        return list(Optional.empty());
    }

    /**
     * The elections organized by one of {@code commissions} (all when empty: an administrator, the
     * engine's own work); an election from before the registers is listed to everyone.
     */
    public List<ElectionSummary> list(Optional<Set<String>> commissions) {
        String where = commissions.isEmpty() ? "" : commissions.get().isEmpty() ? "WHERE e.organizer_code IS NULL"
                : "WHERE e.organizer_code IS NULL OR e.organizer_code IN (:commissions)";
        var query = jdbc.sql("""
                        SELECT e.election_number, e.territory, e.level, e.post, e.reason, e.election_day, e.status,
                               e.territory_code, e.organizer_code,
                               count(p.id) AS precincts, coalesce(sum(p.voters), 0) AS voters
                        FROM election.election e LEFT JOIN election.precinct p ON p.election_id = e.id
                        %s
                        GROUP BY e.id
                        ORDER BY e.election_day DESC, e.election_number""".formatted(where));
        if (commissions.isPresent() && !commissions.get().isEmpty()) {
            query = query.param("commissions", commissions.get());
        }
        return query
                .query((rs, n) -> new ElectionSummary(
                        rs.getString("election_number"),
                        rs.getString("territory"),
                        Level.valueOf(rs.getString("level")),
                        rs.getString("post"),
                        ElectionReason.valueOf(rs.getString("reason")),
                        rs.getObject("election_day", LocalDate.class),
                        ElectionStatus.valueOf(rs.getString("status")),
                        rs.getInt("precincts"),
                        rs.getLong("voters"),
                        rs.getString("territory_code"),
                        rs.getString("organizer_code")))
                .list();
    }

    /**
     * Moves the election to the status its process reached. An ended election (cancelled, annulled,
     * certified, ...) stays as it ended: a late step of a revision never reopens it.
     */
    public void moveTo(String number, ElectionStatus status) {
        int changed = jdbc.sql("""
                        UPDATE election.election SET status = ?, updated_at = ?
                        WHERE election_number = ? AND status NOT IN (%s)""".formatted(finalStatuses()))
                .params(status.name(), Timestamp.from(ElectionTime.now()), number)
                .update();
        if (changed == 0) {
            row(number); // unknown election: NotFoundException; an ended one is left alone
        }
    }

    /** Ends the election with a final status and the reason people gave (cancellation, annulment). */
    public void end(String number, ElectionStatus status, String reason) {
        if (!ElectionStatus.FINAL.contains(status)) {
            throw new IllegalArgumentException(status + " does not end an election");
        }
        row(number);
        jdbc.sql("""
                        UPDATE election.election SET status = ?, ended_reason = ?, updated_at = ?
                        WHERE election_number = ?""")
                .params(status.name(), reason, Timestamp.from(ElectionTime.now()), number)
                .update();
    }

    /**
     * Adds (or moves) a deadline of the election's calendar that the process decides on the way, such
     * as {@code nominationExtendedUntil}; timers and the nomination check read it from here.
     */
    public void setDeadline(String number, CalendarEntry entry) {
        long id = row(number).id();
        jdbc.sql("""
                        INSERT INTO election.calendar_deadline (election_id, key, name, due_at, citation, certainty)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (election_id, key) DO UPDATE SET name = EXCLUDED.name, due_at = EXCLUDED.due_at,
                          citation = EXCLUDED.citation, certainty = EXCLUDED.certainty""")
                .params(id, entry.key(), entry.name(), Timestamp.from(entry.at().toInstant()), entry.citation(),
                        entry.certainty().name())
                .update();
    }

    /** Marks a repeat voting: its ballot comes from the tie of {@code tiedElection}. */
    public void linkRepeatVoting(String number, String tiedElection) {
        jdbc.sql("UPDATE election.election SET repeat_voting_of = ? WHERE election_number = ?")
                .params(tiedElection, number).update();
    }

    /** The election whose tie this one settles, if it is a repeat voting. */
    @Transactional(readOnly = true)
    public Optional<String> repeatVotingOf(String number) {
        row(number);
        return jdbc.sql("SELECT repeat_voting_of FROM election.election WHERE election_number = ?")
                .param(number).query((rs, n) -> Optional.ofNullable(rs.getString(1))).single();
    }

    /** Elections that follow this one (repeat voting or repeat election), oldest first. */
    @Transactional(readOnly = true)
    public List<String> followUps(String number) {
        return jdbc.sql("""
                        SELECT election_number FROM election.election
                        WHERE previous_election_number = ? OR repeat_voting_of = ? ORDER BY id""")
                .params(number, number).query(String.class).list();
    }

    /** The ruleset the election runs under. */
    @Transactional(readOnly = true)
    public Ruleset ruleset(String number) {
        return rulesets.byId(row(number).rulesetId());
    }

    /** The ruleset of an election already read. */
    public Ruleset ruleset(Election election) {
        return rulesets.byId(election.rulesetId());
    }

    private static String finalStatuses() {
        return ElectionStatus.FINAL.stream().map(s -> "'" + s.name() + "'").sorted()
                .reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    /** RUR for rural, DIS for district, as in {@code 2026-RUR-0042}. */
    static String levelCode(Level level) {
        return switch (level) {
            case RURAL -> "RUR";
            case DISTRICT -> "DIS";
        };
    }

    private String nextNumber(int year, Level level) {
        String code = levelCode(level);
        int next = jdbc.sql("""
                        INSERT INTO election.election_number_counter AS c (year, level_code, last_value)
                        VALUES (?, ?, 1)
                        ON CONFLICT (year, level_code) DO UPDATE SET last_value = c.last_value + 1
                        RETURNING last_value""")
                .params(year, code)
                .query(Integer.class)
                .single();
        return "%d-%s-%04d".formatted(year, code, next);
    }

    private ElectionRow row(String number) {
        return jdbc.sql("SELECT * FROM election.election WHERE election_number = ?")
                .param(number)
                .query((rs, n) -> new ElectionRow(
                        rs.getLong("id"),
                        rs.getString("election_number"),
                        rs.getString("territory"),
                        Level.valueOf(rs.getString("level")),
                        rs.getString("post"),
                        ElectionReason.valueOf(rs.getString("reason")),
                        rs.getObject("call_date", LocalDate.class),
                        rs.getObject("election_day", LocalDate.class),
                        rs.getObject("term_end", LocalDate.class),
                        rs.getObject("vacancy_date", LocalDate.class),
                        rs.getString("ruleset_id"),
                        ElectionStatus.valueOf(rs.getString("status")),
                        rs.getString("previous_election_number"),
                        rs.getString("announced_by"),
                        rs.getTimestamp("announced_at").toInstant(),
                        rs.getString("territory_code"),
                        rs.getString("organizer_code")))
                .optional()
                .orElseThrow(() -> new NotFoundException("Election", number));
    }

    private List<CalendarEntry> deadlines(long electionId, ZoneId zone) {
        return jdbc.sql("""
                        SELECT key, name, due_at, citation, certainty FROM election.calendar_deadline
                        WHERE election_id = ? ORDER BY due_at, key""")
                .param(electionId)
                .query((rs, n) -> new CalendarEntry(rs.getString("key"), rs.getString("name"),
                        rs.getTimestamp("due_at").toInstant().atZone(zone).toOffsetDateTime(), rs.getString("citation"),
                        Certainty.valueOf(rs.getString("certainty"))))
                .list();
    }

    private void checkPreviousElection(List<FieldViolation> violations, AnnouncementRequest request) {
        String previous = FormValues.text(request.previousElectionNumber());
        if (previous == null) {
            return;
        }
        if (request.reason() == ElectionReason.REGULAR) {
            violations.add(new FieldViolation("previousElectionNumber",
                    "only a REPEAT or EARLY election follows an earlier election"));
            return;
        }
        boolean exists = jdbc.sql("SELECT count(*) FROM election.election WHERE election_number = ?")
                .param(previous).query(Long.class).single() > 0;
        if (!exists) {
            violations.add(new FieldViolation("previousElectionNumber", "election " + previous + " does not exist"));
        }
    }

    private List<PrecinctRow> readPrecincts(List<FieldViolation> violations, String csv) {
        if (csv == null || csv.isBlank()) {
            violations.add(new FieldViolation("precinctsCsv",
                    "the precinct list is required: one line per precinct with number, address, voters"));
            return List.of();
        }
        PrecinctUpload upload = precinctCsv.parse(csv.getBytes(StandardCharsets.UTF_8));
        if (upload instanceof PrecinctUpload.Rejected rejected) {
            rejected.errors().forEach(e -> violations.add(new FieldViolation("precinctsCsv", e.toString())));
            return List.of();
        }
        return ((PrecinctUpload.Accepted) upload).precincts();
    }

    private LocalDate earliestRules() {
        return rulesets.all().get(rulesets.all().size() - 1).effectiveFrom();
    }

    private static FieldViolation fieldViolation(Violation v) {
        return new FieldViolation(v.field(), v.citation().isEmpty() ? v.message() : v.message() + " (" + v.citation() + ")");
    }

    private static void requireText(List<FieldViolation> violations, String field, String value) {
        TextRules.problemWithName(value, MAX_TEXT_LENGTH)
                .ifPresent(problem -> violations.add(new FieldViolation(field, problem)));
    }

    private static void requireValue(List<FieldViolation> violations, String field, Object value) {
        if (value == null) {
            violations.add(new FieldViolation(field, field + " is required"));
        }
    }

    private record ElectionRow(long id, String number, String territory, Level level, String post,
                               ElectionReason reason, LocalDate callDate, LocalDate electionDay, LocalDate termEnd,
                               LocalDate vacancyDate, String rulesetId, ElectionStatus status,
                               String previousElectionNumber, String announcedBy, Instant announcedAt,
                               String territoryCode, String organizerCode) {

        ZoneId zone() {
            return ElectionTime.zoneOf(territoryCode);
        }
    }
}
