package kz.election.results;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Territories of the register for one test, inserted with plain SQL: codes of nine digits starting with
 * 9 (no KATO oblast does), random, so tests on the shared database never meet each other's rows.
 */
final class TestRegister {

    private final JdbcClient jdbc;

    TestRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A tier-1 oblast, named "{name} облысы" in Kazakh and "{name} область" in Russian. */
    String oblast(String name) {
        return insert(null, "OBLAST", name + " облысы", name + " область");
    }

    /** A tier-2 district of {@code oblast}. */
    String district(String oblast, String name) {
        return insert(oblast, "DISTRICT", name + " ауданы", name + " район");
    }

    /** A tier-3 rural district of {@code district}. */
    String ruralDistrict(String district, String name) {
        return insert(district, "RURAL_DISTRICT", name + " ауылдық округі", name + " сельский округ");
    }

    /** The election is held in {@code territory}, as an election announced with the register is. */
    void place(String electionNumber, String territory) {
        jdbc.sql("UPDATE election.election SET territory_code = ? WHERE election_number = ?")
                .params(territory, electionNumber).update();
    }

    /** The election is one from before the register: its stored name only, as it was typed then. */
    void unplace(String electionNumber, String storedName) {
        jdbc.sql("UPDATE election.election SET territory_code = NULL, organizer_code = NULL, territory = ?"
                        + " WHERE election_number = ?")
                .params(storedName, electionNumber).update();
    }

    String nameKk(String code) {
        return jdbc.sql("SELECT name_kk FROM election.territory WHERE code = ?").param(code).query(String.class).single();
    }

    String nameRu(String code) {
        return jdbc.sql("SELECT name_ru FROM election.territory WHERE code = ?").param(code).query(String.class).single();
    }

    /** A code no territory has. */
    static String unused() {
        return "9" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private String insert(String parent, String level, String nameKk, String nameRu) {
        String code = unused();
        jdbc.sql("INSERT INTO election.territory (code, parent_code, level, name_kk, name_ru) VALUES (?, ?, ?, ?, ?)")
                .params(code, parent, level, nameKk, nameRu).update();
        return code;
    }
}
