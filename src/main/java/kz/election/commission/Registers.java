package kz.election.commission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the registers: territories, commissions, members. Everything that decides who sees and decides
 * what asks here, so the answer comes from the database, never from what a caller sent.
 */
@Component
public class Registers {

    private static final String TERRITORY = "SELECT code, parent_code, level, name_kk, name_ru FROM election.territory";
    private static final String COMMISSION = "SELECT code, level, parent_code, territory_code, precinct_number, name_kk,"
            + " name_ru, mailbox, language FROM election.commission";

    private final JdbcClient jdbc;

    public Registers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Territory> territories() {
        return jdbc.sql(TERRITORY + " ORDER BY code").query(Registers::territory).list();
    }

    public Optional<Territory> territory(String code) {
        return jdbc.sql(TERRITORY + " WHERE code = ?").param(code).query(Registers::territory).optional();
    }

    public List<Commission> commissions() {
        return jdbc.sql(COMMISSION + " ORDER BY level = 'PRECINCT', code").query(Registers::commission).list();
    }

    public Optional<Commission> commission(String code) {
        return jdbc.sql(COMMISSION + " WHERE code = ?").param(code).query(Registers::commission).optional();
    }

    /** The commission that answers for {@code code}: its parent; empty for the CEC or an unknown code. */
    public Optional<Commission> parentOf(String code) {
        return jdbc.sql(COMMISSION + " WHERE code = (SELECT parent_code FROM election.commission WHERE code = ?)")
                .param(code).query(Registers::commission).optional();
    }

    /** The precinct commission of polling station {@code number} under the territorial commission. */
    public Optional<Commission> precinctCommission(String territorialCode, int number) {
        return jdbc.sql(COMMISSION + " WHERE parent_code = ? AND level = 'PRECINCT' AND precinct_number = ?")
                .params(territorialCode, number).query(Registers::commission).optional();
    }

    /** The territory and every territory it lies in, nearest first. */
    public List<Territory> territoryAndAncestors(String code) {
        return jdbc.sql("""
                        WITH RECURSIVE up AS (
                            SELECT code, parent_code, level, name_kk, name_ru, 0 AS depth FROM election.territory WHERE code = ?
                            UNION ALL
                            SELECT t.code, t.parent_code, t.level, t.name_kk, t.name_ru, up.depth + 1
                            FROM election.territory t JOIN up ON t.code = up.parent_code)
                        SELECT code, parent_code, level, name_kk, name_ru FROM up ORDER BY depth""")
                .param(code).query(Registers::territory).list();
    }

    /**
     * The commission of {@code level} whose territory is {@code territoryCode} or encloses it: the TEC of
     * a rural district's district, the oblast commission of a district, the CEC for anything.
     */
    public Optional<Commission> enclosing(String territoryCode, CommissionLevel level) {
        if (level == CommissionLevel.CEC) {
            return jdbc.sql(COMMISSION + " WHERE level = 'CEC'").query(Registers::commission).optional();
        }
        for (Territory territory : territoryAndAncestors(territoryCode)) {
            Optional<Commission> found = jdbc.sql(COMMISSION + " WHERE territory_code = ? AND level = ?")
                    .params(territory.code(), level.name()).query(Registers::commission).optional();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The members of one commission, chair first. */
    public List<Member> members(String commissionCode) {
        return jdbc.sql("SELECT commission_code, user_id, position FROM election.commission_member WHERE commission_code = ?"
                        + " ORDER BY CASE position WHEN 'CHAIR' THEN 0 WHEN 'DEPUTY_CHAIR' THEN 1 WHEN 'SECRETARY' THEN 2 ELSE 3 END, user_id")
                .param(commissionCode).query(Registers::member).list();
    }

    /** Every seat the user holds. */
    public List<Member> seatsOf(String userId) {
        return jdbc.sql("SELECT commission_code, user_id, position FROM election.commission_member WHERE user_id = ?"
                        + " ORDER BY commission_code")
                .param(userId).query(Registers::member).list();
    }

    /** Whether the user sits on that commission. */
    public boolean isMember(String userId, String commissionCode) {
        return jdbc.sql("SELECT count(*) FROM election.commission_member WHERE user_id = ? AND commission_code = ?")
                .params(userId, commissionCode).query(Long.class).single() > 0;
    }

    /** The commission and every commission below it except precinct commissions, the commission first. */
    public List<String> areaOf(String commissionCode) {
        return jdbc.sql("""
                        WITH RECURSIVE down AS (
                            SELECT code, level, 0 AS depth FROM election.commission WHERE code = ?
                            UNION ALL
                            SELECT c.code, c.level, down.depth + 1 FROM election.commission c JOIN down ON c.parent_code = down.code
                            WHERE c.level <> 'PRECINCT')
                        SELECT code FROM down ORDER BY depth, code""")
                .param(commissionCode).query(String.class).list();
    }

    /**
     * The commissions whose elections the user sees (the engine's tenants of the user): each commission
     * they sit on and everything below it; a precinct commission's member sees within its territorial
     * commission, whose elections hold the precinct's count (and the engine's grants narrow that to the
     * member's own precinct).
     */
    public Set<String> visibleTo(String userId) {
        Set<String> visible = new LinkedHashSet<>();
        for (Member seat : seatsOf(userId)) {
            Optional<Commission> commission = commission(seat.commissionCode());
            if (commission.isEmpty()) {
                continue;
            }
            if (commission.get().level() == CommissionLevel.PRECINCT) {
                visible.add(commission.get().parentCode());
            } else {
                visible.addAll(areaOf(seat.commissionCode()));
            }
        }
        return visible;
    }

    /** Codes of every commission except precinct commissions. */
    public List<String> nonPrecinctCodes() {
        return new ArrayList<>(jdbc.sql("SELECT code FROM election.commission WHERE level <> 'PRECINCT' ORDER BY code")
                .query(String.class).list());
    }

    private static Territory territory(ResultSet row, int index) throws SQLException {
        return new Territory(row.getString("code"), row.getString("parent_code"),
                TerritoryLevel.valueOf(row.getString("level")), row.getString("name_kk"), row.getString("name_ru"));
    }

    private static Commission commission(ResultSet row, int index) throws SQLException {
        Integer precinct = row.getObject("precinct_number", Integer.class);
        return new Commission(row.getString("code"), CommissionLevel.valueOf(row.getString("level")),
                row.getString("parent_code"), row.getString("territory_code"), precinct,
                row.getString("name_kk"), row.getString("name_ru"), row.getString("mailbox"), row.getString("language"));
    }

    private static Member member(ResultSet row, int index) throws SQLException {
        return new Member(row.getString("commission_code"), row.getString("user_id"),
                Position.valueOf(row.getString("position")));
    }
}
