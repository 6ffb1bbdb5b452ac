package kz.election.results;

import java.util.List;
import kz.election.commission.Territory;
import kz.election.notification.MailLanguage;

/**
 * Where an election is held, named in the reader's language: its territory of the register and the
 * district and oblast that territory lies in. An election from before the register has no code and
 * keeps the name stored with it, and lies in no oblast or district the public list can filter by.
 *
 * @param territoryCode the KATO code; null for an election from before the register
 * @param territory     the register's name in the reader's language, or the stored name without a code
 * @param district      the tier-2 territory (district, city of regional significance) it lies in; null when none
 * @param oblast        the tier-1 territory (oblast, city of republican significance) it lies in; null when none
 */
public record ElectionPlace(String territoryCode, String territory, TerritoryName district, TerritoryName oblast) {

    /**
     * @param storedName the election's own territory name, as announced
     * @param chain      its territory and every territory that territory lies in, nearest first; empty
     *                   for an election without a territory code
     */
    public static ElectionPlace of(String storedName, List<Territory> chain, MailLanguage language) {
        if (chain.isEmpty()) {
            return new ElectionPlace(null, storedName, null, null);
        }
        // the territory itself is not "lies in": a district's own election shows its oblast only
        List<Territory> around = chain.subList(1, chain.size());
        return new ElectionPlace(chain.get(0).code(), name(chain.get(0), language), tier(around, 2, language),
                tier(around, 1, language));
    }

    /** Whether the election's territory is {@code code} or lies within it. */
    public boolean within(String code) {
        return code.equals(territoryCode) || district != null && code.equals(district.code())
                || oblast != null && code.equals(oblast.code());
    }

    /**
     * The register's name in the reader's language: Kazakh for kk, Russian for ru, and Russian for en
     * too, as the register has no English names (KATO is kept in the two state languages).
     */
    static String name(Territory territory, MailLanguage language) {
        return territory.name(language.code());
    }

    private static TerritoryName tier(List<Territory> around, int tier, MailLanguage language) {
        return around.stream().filter(t -> t.level().tier() == tier).findFirst()
                .map(t -> new TerritoryName(t.code(), name(t, language))).orElse(null);
    }
}
