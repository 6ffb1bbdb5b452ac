package kz.election.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.ClassPathResource;

/**
 * The minimum monthly wage of each year, in tenge, as the year's budget law sets it
 * ({@code rules/minimum-wage/minimum-wages.yaml}), each with its citation and certainty mark. Read and
 * checked completely at start, like a ruleset: a wrong line stops the application naming the year.
 */
public final class MinimumWages {

    public static final String LOCATION = "rules/minimum-wage/minimum-wages.yaml";

    private final Map<Integer, Cited<BigDecimal>> byYear;

    private MinimumWages(Map<Integer, Cited<BigDecimal>> byYear) {
        this.byYear = Map.copyOf(byYear);
    }

    public static MinimumWages fromClasspath() {
        try {
            return parse(LOCATION, new ClassPathResource(LOCATION).getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCATION, e);
        }
    }

    /** Reads the file's text; every failure names the file and the year. */
    public static MinimumWages parse(String fileName, String text) {
        JsonNode tree;
        try {
            tree = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (JsonProcessingException e) {
            throw new RulesetException(fileName + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !"KZT".equals(tree.path("currency").asText())) {
            throw new RulesetException(fileName + ": currency: must be KZT");
        }
        JsonNode years = tree.path("years");
        if (!years.isObject() || years.isEmpty()) {
            throw new RulesetException(fileName + ": years: one line per year is required");
        }
        Map<Integer, Cited<BigDecimal>> byYear = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = years.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = fileName + ": years." + entry.getKey();
            if (!entry.getKey().matches("(19|20)[0-9]{2}")) {
                throw new RulesetException(at + ": not a year");
            }
            JsonNode line = entry.getValue();
            JsonNode value = line.path("value");
            if (!value.isIntegralNumber() || value.asLong() < 1) {
                throw new RulesetException(at + ".value: a whole number of tenge, at least 1, is required");
            }
            String citation = line.path("citation").asText("");
            if (citation.isBlank()) {
                throw new RulesetException(at + ".citation: is required");
            }
            Certainty certainty;
            try {
                certainty = Certainty.valueOf(line.path("certainty").asText(""));
            } catch (IllegalArgumentException e) {
                throw new RulesetException(at + ".certainty: must be C, P or U");
            }
            byYear.put(Integer.parseInt(entry.getKey()), new Cited<>(BigDecimal.valueOf(value.asLong()), citation, certainty));
        }
        return new MinimumWages(byYear);
    }

    /** The minimum wage in force in that year, with its source, or empty when the file has no line for it. */
    public Optional<Cited<BigDecimal>> of(Year year) {
        return Optional.ofNullable(byYear.get(year.getValue()));
    }
}
