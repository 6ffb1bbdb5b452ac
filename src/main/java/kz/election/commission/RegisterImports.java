package kz.election.commission;

import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kz.election.common.ConflictException;
import kz.election.common.ElectionTime;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the register files, one transaction per file: every line is checked first and a file with a
 * wrong line changes nothing. Rows are upserted by code and a row the file repeats unchanged is left
 * as it is, so importing a file again changes nothing; nothing is ever deleted, so no election loses
 * the territory or commission it names. An import that changed something is recorded in
 * register_import with the file's SHA-256.
 */
@Service
public class RegisterImports {

    /** What an import did: the rows the file holds and how many of them were new or different. */
    public record Outcome(String register, int rowsRead, int changed, String sha256) {
    }

    private final JdbcClient jdbc;
    private final Registers registers;
    private final ApplicationEventPublisher events;

    public RegisterImports(JdbcClient jdbc, Registers registers, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.registers = registers;
        this.events = events;
    }

    @Transactional
    public Outcome importTerritories(byte[] content, String source, Importer importer) {
        if (!importer.admin()) {
            throw new RegisterAccessException("Only administrators import the territory register.", List.of());
        }
        lockRegisters();
        Map<String, Territory> register = byCode(registers.territories(), Territory::code);
        Parsed<Territory> parsed = TerritoryCsv.parse(content, register, registers.commissions());
        refuseUnlessOk(parsed);
        // only what differs is written (a KATO file re-imported at every start is mostly the same), parents
        // before children: the tiers, and a rural district before its villages
        List<Territory> ordered = parsed.rows().stream().filter(row -> !row.equals(register.get(row.code())))
                .sorted(Comparator.comparingInt(territory -> territory.level().tier() * 2
                        + (territory.level() == TerritoryLevel.VILLAGE ? 1 : 0))).toList();
        Timestamp now = Timestamp.from(ElectionTime.now());
        int changed = 0;
        for (Territory territory : ordered) {
            changed += jdbc.sql("""
                            INSERT INTO election.territory (code, parent_code, level, name_kk, name_ru, imported_at)
                            VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (code) DO UPDATE SET parent_code = EXCLUDED.parent_code, level = EXCLUDED.level,
                                name_kk = EXCLUDED.name_kk, name_ru = EXCLUDED.name_ru, imported_at = EXCLUDED.imported_at
                            WHERE (territory.parent_code, territory.level, territory.name_kk, territory.name_ru)
                                IS DISTINCT FROM (EXCLUDED.parent_code, EXCLUDED.level, EXCLUDED.name_kk, EXCLUDED.name_ru)""")
                    .params(territory.code(), territory.parentCode(), territory.level().name(), territory.nameKk(),
                            territory.nameRu(), now)
                    .update();
        }
        return record("TERRITORY", content, parsed.rows().size(), changed, source, importer, now);
    }

    @Transactional
    public Outcome importCommissions(byte[] content, String source, Importer importer) {
        Scope scope = scopeOf(importer);
        lockRegisters();
        Map<String, Commission> register = byCode(registers.commissions(), Commission::code);
        Parsed<Commission> parsed = CommissionCsv.parse(content, register, byCode(registers.territories(), Territory::code),
                scope);
        refuseUnlessOk(parsed);
        List<Commission> ordered = parsed.rows().stream().filter(row -> !row.equals(register.get(row.code())))
                .sorted(Comparator.comparing(Commission::level)).toList();
        Timestamp now = Timestamp.from(ElectionTime.now());
        int changed = 0;
        for (Commission commission : ordered) {
            changed += jdbc.sql("""
                            INSERT INTO election.commission (code, level, parent_code, territory_code, precinct_number,
                                name_kk, name_ru, mailbox, language, imported_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (code) DO UPDATE SET level = EXCLUDED.level, parent_code = EXCLUDED.parent_code,
                                territory_code = EXCLUDED.territory_code, precinct_number = EXCLUDED.precinct_number,
                                name_kk = EXCLUDED.name_kk, name_ru = EXCLUDED.name_ru, mailbox = EXCLUDED.mailbox,
                                language = EXCLUDED.language, imported_at = EXCLUDED.imported_at
                            WHERE (commission.level, commission.parent_code, commission.territory_code,
                                   commission.precinct_number, commission.name_kk, commission.name_ru, commission.mailbox,
                                   commission.language)
                                IS DISTINCT FROM (EXCLUDED.level, EXCLUDED.parent_code, EXCLUDED.territory_code,
                                   EXCLUDED.precinct_number, EXCLUDED.name_kk, EXCLUDED.name_ru, EXCLUDED.mailbox,
                                   EXCLUDED.language)""")
                    .params(commission.code(), commission.level().name(), commission.parentCode(),
                            commission.territoryCode(), commission.precinctNumber(), commission.nameKk(),
                            commission.nameRu(), commission.mailbox(), commission.language(), now)
                    .update();
        }
        if (changed > 0) {
            events.publishEvent(new CommissionsChanged(changed));
        }
        return record("COMMISSION", content, parsed.rows().size(), changed, source, importer, now);
    }

    /** @param userExists whether a user id is a user of the engine, whatever the importer may read of users */
    @Transactional
    public Outcome importMembers(byte[] content, String source, Importer importer, Predicate<String> userExists) {
        Scope scope = scopeOf(importer);
        lockRegisters();
        Map<String, String> chairs = jdbc.sql("SELECT commission_code, user_id FROM election.commission_member"
                        + " WHERE position = 'CHAIR'")
                .query((row, index) -> Map.entry(row.getString(1), row.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Parsed<Member> parsed = MemberCsv.parse(content, byCode(registers.commissions(), Commission::code), chairs,
                userExists, scope);
        refuseUnlessOk(parsed);
        Timestamp now = Timestamp.from(ElectionTime.now());
        // a chair who steps down in the same file frees the seat before the new chair takes it
        List<Member> ordered = parsed.rows().stream()
                .sorted(Comparator.comparing(member -> member.position() == Position.CHAIR)).toList();
        int changed = 0;
        for (Member member : ordered) {
            changed += upsertMember(member, importer.userId(), now);
        }
        return record("MEMBER", content, parsed.rows().size(), changed, source, importer, now);
    }

    /** Seats a user on a commission, or changes their position there. */
    @Transactional
    public Member seat(String commissionCode, String userId, Position position, Importer importer,
                       Predicate<String> userExists) {
        Commission commission = appointable(commissionCode, importer);
        if (!MemberCsv.USER_ID.matcher(userId).matches() || !userExists.test(userId)) {
            throw new InvalidInputException("userId", "there is no user " + userId);
        }
        if (position == null) {
            throw new InvalidInputException("position", "is required: one of " + List.of(Position.values()));
        }
        if (position == Position.CHAIR) {
            registers.members(commission.code()).stream()
                    .filter(member -> member.position() == Position.CHAIR && !member.userId().equals(userId))
                    .findFirst().ifPresent(chair -> {
                        throw new ConflictException(commission.code() + " has its chair, " + chair.userId()
                                + "; change their position first");
                    });
        }
        Member member = new Member(commission.code(), userId, position);
        upsertMember(member, importer.userId(), Timestamp.from(ElectionTime.now()));
        return member;
    }

    /** Takes a user's seat on a commission; 404 when they hold none there. */
    @Transactional
    public void unseat(String commissionCode, String userId, Importer importer) {
        Commission commission = appointable(commissionCode, importer);
        int removed = jdbc.sql("DELETE FROM election.commission_member WHERE commission_code = ? AND user_id = ?")
                .params(commission.code(), userId).update();
        if (removed == 0) {
            throw new NotFoundException("The seat on " + commission.code() + " of", userId);
        }
    }

    private Commission appointable(String commissionCode, Importer importer) {
        Commission commission = registers.commission(commissionCode)
                .orElseThrow(() -> new NotFoundException("Commission", commissionCode));
        Scope scope = importer.admin() ? Scope.EVERYTHING : Scope.below(seatCodes(importer.userId()));
        if (!MemberCsv.mayAppoint(scope, commission)) {
            String why = MemberCsv.refusal(scope, commission);
            throw new RegisterAccessException("You may not change the members of " + commission.code() + ": " + why,
                    List.of(new FieldViolation("code", why)));
        }
        return commission;
    }

    private int upsertMember(Member member, String addedBy, Timestamp now) {
        return jdbc.sql("""
                        INSERT INTO election.commission_member (commission_code, user_id, position, added_by, added_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (commission_code, user_id) DO UPDATE SET position = EXCLUDED.position,
                            added_by = EXCLUDED.added_by, added_at = EXCLUDED.added_at
                        WHERE commission_member.position IS DISTINCT FROM EXCLUDED.position""")
                .params(member.commissionCode(), member.userId(), member.position().name(), addedBy, now)
                .update();
    }

    private Scope scopeOf(Importer importer) {
        if (importer.admin()) {
            return Scope.EVERYTHING;
        }
        Set<String> seats = seatCodes(importer.userId());
        if (seats.isEmpty()) {
            throw new RegisterAccessException("You sit on no commission: only administrators and commission members"
                    + " change the registers.", List.of());
        }
        return Scope.below(seats);
    }

    private Set<String> seatCodes(String userId) {
        return registers.seatsOf(userId).stream().map(Member::commissionCode).collect(Collectors.toSet());
    }

    private static void refuseUnlessOk(Parsed<?> parsed) {
        if (parsed.noneAllowed()) {
            throw new RegisterAccessException("None of the file's rows is yours to change; nothing was imported.",
                    parsed.errors());
        }
        if (!parsed.ok()) {
            throw new InvalidInputException(parsed.errors());
        }
    }

    // one import at a time: each checks its file against the registers as the one before left them
    private void lockRegisters() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('election.registers'))").query(Object.class).single();
    }

    private Outcome record(String register, byte[] content, int rowsRead, int changed, String source,
                           Importer importer, Timestamp now) {
        String sha256 = DigestUtils.sha256Hex(content);
        if (rowsRead > 0 && changed > 0) {
            jdbc.sql("INSERT INTO election.register_import (register, sha256, rows_read, source, imported_by, imported_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(register, sha256, rowsRead, abbreviate(source), importer.userId(), now).update();
        }
        return new Outcome(register, rowsRead, changed, sha256);
    }

    private static String abbreviate(String source) {
        return source.length() <= 300 ? source : source.substring(0, 297) + "...";
    }

    private static <T> Map<String, T> byCode(List<T> rows, Function<T, String> code) {
        return rows.stream().collect(Collectors.toMap(code, Function.identity()));
    }
}
