package kz.election.results;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.election.commission.Territory;
import kz.election.common.InvalidInputException;
import kz.election.notification.MailLanguage;

/**
 * The two upper tiers of the register (oblasts and cities of republican significance; districts and
 * cities of regional significance), read once per request of the public list: the filter form's
 * choices in the reader's language, the check of {@code ?oblast=} and {@code ?district=}, and the
 * district and oblast of every listed election without a query of its own.
 */
public final class TerritoryChoices {

    private static final Pattern KATO = Pattern.compile("[0-9]{9}");

    private final Map<String, Territory> upper;
    private final MailLanguage language;

    /** @param upper the register's tier-1 and tier-2 territories */
    public TerritoryChoices(List<Territory> upper, MailLanguage language) {
        this.upper = upper.stream().collect(Collectors.toMap(Territory::code, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
        this.language = language;
    }

    /** The oblast select's options, by name. */
    public List<TerritoryName> oblasts() {
        return sorted(upper.values().stream().filter(t -> t.level().tier() == 1).toList());
    }

    /** The district select's options, grouped under their oblasts, each by name. */
    public List<DistrictGroup> districts() {
        Map<String, List<Territory>> byOblast = upper.values().stream().filter(t -> t.level().tier() == 2)
                .collect(Collectors.groupingBy(Territory::parentCode));
        List<DistrictGroup> groups = new ArrayList<>();
        for (TerritoryName oblast : oblasts()) {
            List<Territory> districts = byOblast.getOrDefault(oblast.code(), List.of());
            if (!districts.isEmpty()) {
                groups.add(new DistrictGroup(oblast, sorted(districts)));
            }
        }
        return groups;
    }

    /**
     * The filter the query parameters ask for; a blank parameter is no filter (the form sends "" for
     * "all").
     *
     * @throws InvalidInputException naming {@code oblast} or {@code district} when it is not nine digits,
     *                               or not a territory of that tier in the register
     */
    public TerritoryFilter filter(String oblast, String district) {
        return new TerritoryFilter(code("oblast", oblast, 1), code("district", district, 2));
    }

    /**
     * The chain of a territory (itself, then what it lies in, nearest first), its ancestors taken from
     * the upper tiers held here: a territory of the third tier lies in one of them.
     */
    public List<Territory> chain(Territory territory) {
        List<Territory> chain = new ArrayList<>(List.of(territory));
        Territory parent = territory.parentCode() == null ? null : upper.get(territory.parentCode());
        while (parent != null && chain.size() <= upper.size()) {
            chain.add(parent);
            parent = parent.parentCode() == null ? null : upper.get(parent.parentCode());
        }
        return chain;
    }

    private String code(String parameter, String value, int tier) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!KATO.matcher(value).matches()) {
            throw new InvalidInputException(parameter, "must be a KATO code of nine digits");
        }
        Territory territory = upper.get(value);
        if (territory == null || territory.level().tier() != tier) {
            throw new InvalidInputException(parameter, value + " is no " + (tier == 1 ? "oblast" : "district")
                    + " of the territory register");
        }
        return value;
    }

    private List<TerritoryName> sorted(List<Territory> territories) {
        // names are Russian for English readers (ElectionPlace#name), so they sort as Russian
        Collator collator = Collator.getInstance(language == MailLanguage.KK ? language.locale()
                : MailLanguage.RU.locale());
        return territories.stream().map(t -> new TerritoryName(t.code(), ElectionPlace.name(t, language)))
                .sorted(Comparator.comparing(TerritoryName::name, collator).thenComparing(TerritoryName::code))
                .toList();
    }

    /** The districts of one oblast, as an {@code <optgroup>} of the district select. */
    public record DistrictGroup(TerritoryName oblast, List<TerritoryName> districts) {
    }
}
