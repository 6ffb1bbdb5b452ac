package kz.election.ruleset;

import kz.election.common.ElectionTime;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Every ruleset the application knows, each validated completely when the catalog is built. */
public final class RulesetCatalog {

    public static final String DEFAULT_LOCATION = "classpath*:rules/*.yaml";

    private final Map<String, Ruleset> byId;
    private final List<Ruleset> newestFirst;

    public RulesetCatalog(List<RulesetSource> sources) {
        if (sources.isEmpty()) {
            throw new RulesetException("no ruleset files found");
        }
        RulesetParser parser = new RulesetParser();
        Map<String, Ruleset> rulesets = new LinkedHashMap<>();
        Map<String, String> fileOfId = new HashMap<>();
        for (RulesetSource source : sources) {
            Ruleset ruleset = parser.parse(source.fileName(), source.text());
            String earlier = fileOfId.putIfAbsent(ruleset.id(), source.fileName());
            if (earlier != null) {
                throw new RulesetException(source.fileName() + ": id: '" + ruleset.id()
                        + "' is already used by " + earlier);
            }
            rulesets.put(ruleset.id(), ruleset);
        }
        checkDistinctEffectiveDates(rulesets.values(), fileOfId);
        rulesets.values().forEach(r -> checkZones(r, fileOfId.get(r.id())));
        this.byId = Map.copyOf(rulesets);
        this.newestFirst = rulesets.values().stream()
                .sorted(Comparator.comparing(Ruleset::effectiveFrom).reversed())
                .toList();
    }

    /** Loads every file matching a Spring resource pattern such as {@link #DEFAULT_LOCATION}. */
    public static RulesetCatalog fromClasspath(String locationPattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(locationPattern);
            List<RulesetSource> sources = new ArrayList<>();
            for (Resource resource : resources) {
                String text = resource.getContentAsString(StandardCharsets.UTF_8);
                sources.add(new RulesetSource("rules/" + resource.getFilename(), text));
            }
            sources.sort(Comparator.comparing(RulesetSource::fileName));
            return new RulesetCatalog(sources);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rulesets from " + locationPattern, e);
        }
    }

    public Ruleset byId(String id) {
        Ruleset ruleset = byId.get(id);
        if (ruleset == null) {
            throw new NoSuchElementException("no ruleset with id '" + id + "'; known: " + byId.keySet());
        }
        return ruleset;
    }

    /** The ruleset a new election called on that date runs under: the newest already in force. */
    public Optional<Ruleset> effectiveOn(LocalDate date) {
        return newestFirst.stream().filter(r -> !r.effectiveFrom().isAfter(date)).findFirst();
    }

    public List<Ruleset> all() {
        return newestFirst;
    }

    // the zones come from the JDK's time-zone data; one older than the law would show the east an hour late
    private static void checkZones(Ruleset ruleset, String fileName) {
        ZoneOffset offset = ruleset.zoneOffset().value();
        LocalDateTime from = ruleset.effectiveFrom().atStartOfDay();
        for (ZoneId zone : ElectionTime.zones().stream().sorted(Comparator.comparing(ZoneId::getId)).toList()) {
            ZoneOffset actual = zone.getRules().getOffset(from);
            if (!actual.equals(offset)) {
                throw new RulesetException(fileName + ": zoneOffset: " + offset + " from " + ruleset.effectiveFrom()
                        + ", but this Java's time-zone data gives " + zone.getId() + " " + actual
                        + " on that day; update the JDK's time-zone data (tzdata)");
            }
        }
    }

    // two rulesets in force from the same day would make effectiveOn ambiguous
    private static void checkDistinctEffectiveDates(Iterable<Ruleset> rulesets, Map<String, String> fileOfId) {
        Map<LocalDate, String> idOfDate = new HashMap<>();
        for (Ruleset ruleset : rulesets) {
            String other = idOfDate.putIfAbsent(ruleset.effectiveFrom(), ruleset.id());
            if (other != null) {
                throw new RulesetException(fileOfId.get(ruleset.id()) + ": effectiveFrom: "
                        + ruleset.effectiveFrom() + " is also the effective date of " + fileOfId.get(other));
            }
        }
    }
}
