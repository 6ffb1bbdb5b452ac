package kz.election.commission;

/**
 * The kinds of KATO territory, in three tiers: an oblast or a city of republican significance (1); a
 * district or a city of regional significance (2); a rural district, a village or a city of district
 * significance (3). A territory's parent sits one tier above it.
 */
public enum TerritoryLevel {
    OBLAST(1),
    REPUBLICAN_CITY(1),
    DISTRICT(2),
    REGIONAL_CITY(2),
    RURAL_DISTRICT(3),
    VILLAGE(3),
    DISTRICT_CITY(3);

    private final int tier;

    TerritoryLevel(int tier) {
        this.tier = tier;
    }

    public int tier() {
        return tier;
    }
}
