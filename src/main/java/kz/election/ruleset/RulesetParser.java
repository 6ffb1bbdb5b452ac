package kz.election.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Reads one ruleset file; every failure is a {@link RulesetException} naming the file and the key. */
public final class RulesetParser {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    public Ruleset parse(String fileName, String text) {
        JsonNode tree;
        try {
            tree = yaml.readTree(text);
        } catch (JsonProcessingException e) {
            throw new RulesetException(fileName + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        RuleNode root = RuleNode.root(fileName, tree);
        Ruleset ruleset = root.record(Ruleset.class);
        String expectedId = baseName(fileName);
        if (expectedId != null && !expectedId.equals(ruleset.id())) {
            // elections store the id; a file named differently would be hard to find from that id
            throw root.fail("id", "must equal the file name '" + expectedId + "', found '" + ruleset.id() + "'");
        }
        return ruleset;
    }

    private static String baseName(String fileName) {
        if (!fileName.endsWith(".yaml")) {
            return null;
        }
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".yaml".length());
    }
}
