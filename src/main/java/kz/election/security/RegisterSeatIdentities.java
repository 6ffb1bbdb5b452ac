package kz.election.security;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.election.commission.Member;
import kz.election.commission.Registers;
import kz.election.platform.SeatIdentities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A user's seats as the engine sees them. Groups: for every seat and every commission role the user holds,
 * the commission's group of that role (a TEC secretary with the tec-staff role decides that TEC's tasks).
 * Tenants: the commissions whose elections the user sees, each seat's commission and all below it; a
 * precinct member bound to a precinct of an election sees within the commission organizing it (the
 * engine's grants then narrow them to their own precinct's tasks).
 */
@Component
class RegisterSeatIdentities implements SeatIdentities {

    private final Registers registers;
    private final JdbcClient jdbc;

    RegisterSeatIdentities(Registers registers, JdbcClient jdbc) {
        this.registers = registers;
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> groupsOf(String userId, List<String> storedGroups) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (Member seat : registers.seatsOf(userId)) {
            for (Role role : CommissionGroups.COMMISSION_ROLES) {
                if (storedGroups.contains(role.groupId())) {
                    groups.put(CommissionGroups.of(seat.commissionCode(), role.groupId()),
                            role.groupName() + " of " + seat.commissionCode());
                }
            }
        }
        return groups;
    }

    @Override
    public Map<String, String> tenantsOf(String userId) {
        Set<String> codes = new LinkedHashSet<>(registers.visibleTo(userId));
        codes.addAll(jdbc.sql("""
                        SELECT DISTINCT e.organizer_code FROM election.pec_assignment a
                        JOIN election.election e ON e.id = a.election_id
                        WHERE a.user_id = ? AND e.organizer_code IS NOT NULL ORDER BY 1""")
                .param(userId).query(String.class).list());
        if (codes.isEmpty()) {
            return Map.of();
        }
        // the names in one query: the CEC's members see every commission above the precincts
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT code, CASE language WHEN 'kk' THEN name_kk ELSE name_ru END AS name"
                        + " FROM election.commission WHERE code IN (:codes)")
                .param("codes", codes)
                .query((row, index) -> names.put(row.getString("code"), row.getString("name"))).list();
        Map<String, String> tenants = new LinkedHashMap<>();
        codes.forEach(code -> tenants.put(code, names.getOrDefault(code, code)));
        return tenants;
    }
}
