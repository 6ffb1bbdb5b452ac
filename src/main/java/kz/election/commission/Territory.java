package kz.election.commission;

/**
 * One KATO territory: its nine-digit code, the code of the territory it lies in (none for an oblast or a
 * city of republican significance), its level and its names in Kazakh and Russian.
 */
public record Territory(String code, String parentCode, TerritoryLevel level, String nameKk, String nameRu) {

    /** The name in {@code language}: Kazakh for kk, Russian for anything else (the register has no English). */
    public String name(String language) {
        return "kk".equals(language) ? nameKk : nameRu;
    }
}
