package kz.election.results;

/**
 * The public list's filter, {@code ?oblast=} and {@code ?district=}: each the KATO code of a territory
 * of the register (checked by {@link TerritoryChoices#filter}), or null for none. An election passes
 * when its territory is that territory or lies within it; with both, it must lie within both. An
 * election without a territory code passes only when no filter is set: nobody can say where it lies.
 */
public record TerritoryFilter(String oblast, String district) {

    public static final TerritoryFilter NONE = new TerritoryFilter(null, null);

    public boolean isEmpty() {
        return oblast == null && district == null;
    }

    public boolean admits(ElectionPlace place) {
        return isEmpty() || place.territoryCode() != null && (oblast == null || place.within(oblast))
                && (district == null || place.within(district));
    }

    /**
     * The filter as the query parameters that follow {@code ?lang=}, so a link that changes the language
     * keeps the filter ("" without one). The codes are checked nine-digit codes: nothing to escape.
     */
    public String query() {
        return (oblast == null ? "" : "&oblast=" + oblast) + (district == null ? "" : "&district=" + district);
    }
}
