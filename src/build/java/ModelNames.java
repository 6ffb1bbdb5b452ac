import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes the names the process models define as Java constants, at build time (the pom runs it in
 * generate-sources): for each bpmn/X.bpmn a class kz.election.model.XModel with the process id, the id of
 * every element, the messages, and the process variables the model and its forms name (form field keys,
 * expressions, inputs and outputs, multi-instance variables). Code and tests name an element or a variable
 * through these constants, so renaming one in a model breaks the build instead of an election night.
 * Plain JDK only, run as a single source file: {@code java ModelNames.java <bpmn dir> <forms dir> <out dir>}.
 */
public class ModelNames {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'\"])([a-zA-Z_]\\w*)(?!\\s*[.(\\w])");
    private static final Pattern FORM_KEY = Pattern.compile("\"key\"\\s*:\\s*\"([A-Za-z_]\\w*)\"");
    private static final Set<String> NOT_VARIABLES = Set.of("true", "false", "null", "empty", "not", "and", "or",
            "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task", "authenticatedUserId");

    public static void main(String[] args) throws Exception {
        Path bpmnDir = Path.of(args[0]);
        Path formsDir = Path.of(args[1]);
        Path out = Path.of(args[2]).resolve("kz/election/model");
        Files.createDirectories(out);
        List<Path> models;
        try (Stream<Path> files = Files.list(bpmnDir)) {
            models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
        for (Path model : models) {
            write(model, formsDir, out);
        }
    }

    private static void write(Path model, Path formsDir, Path out) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(model.toFile());
        Element process = (Element) document.getElementsByTagNameNS(BPMN, "process").item(0);
        String processId = process.getAttribute("id");
        String className = Character.toUpperCase(processId.charAt(0)) + processId.substring(1) + "Model";

        Map<String, String> elements = new TreeMap<>();
        Map<String, String> variables = new TreeMap<>();
        collect(process, elements, variables, formsDir, processId, "the model");
        elements.remove(processId);
        Map<String, String> messages = new TreeMap<>();
        NodeList messageNodes = document.getElementsByTagNameNS(BPMN, "message");
        for (int i = 0; i < messageNodes.getLength(); i++) {
            Element message = (Element) messageNodes.item(i);
            messages.put(message.getAttribute("name"), "message");
        }

        StringBuilder java = new StringBuilder();
        java.append("package kz.election.model;\n\n")
                .append("import javax.annotation.processing.Generated;\n\n")
                .append("/** The names ").append(model.getFileName()).append(" defines (generated from it at build time: edit the model, not this). */\n")
                .append("@Generated(\"ModelNames\")\n")
                .append("public final class ").append(className).append(" {\n\n")
                .append("    /** The process id, and its definition key. */\n")
                .append("    public static final String PROCESS = \"").append(processId).append("\";\n\n")
                .append("    private ").append(className).append("() {\n    }\n");
        nested(java, "Elements", "The ids of the model's elements: tasks, events, gateways, sequence flows.", elements);
        nested(java, "Messages", "The messages the model's file declares, by name.", messages);
        nested(java, "Variables", "The process variables the model and its forms name (each with where it is first named).", variables);
        java.append("}\n");
        Path file = out.resolve(className + ".java");
        String text = java.toString();
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    private static void nested(StringBuilder java, String name, String doc, Map<String, String> values) {
        java.append("\n    /** ").append(doc).append(" */\n")
                .append("    public static final class ").append(name).append(" {\n\n");
        Set<String> constants = new TreeSet<>();
        for (Map.Entry<String, String> value : values.entrySet()) {
            String constant = constant(value.getKey());
            if (!constants.add(constant)) {
                throw new IllegalStateException("two names make the constant " + constant + " in " + name);
            }
            java.append("        /** ").append(escape(value.getValue())).append(" */\n")
                    .append("        public static final String ").append(constant)
                    .append(" = \"").append(value.getKey()).append("\";\n");
        }
        java.append("\n        private ").append(name).append("() {\n        }\n    }\n");
    }

    private static void collect(Element element, Map<String, String> elements, Map<String, String> variables, Path formsDir,
                                String processId, String around) throws IOException {
        String id = element.getAttribute("id");
        if (!id.isEmpty() && BPMN.equals(element.getNamespaceURI()) && !element.getLocalName().endsWith("Definition")
                && !element.getLocalName().equals("multiInstanceLoopCharacteristics")) {
            String label = element.getAttribute("name");
            String previous = elements.put(id, element.getLocalName() + (label.isEmpty() ? "" : ": " + label));
            if (previous != null) {
                throw new IllegalStateException("the id " + id + " stands twice in the process " + processId);
            }
        }
        String where = id.isEmpty() ? around : "the model, at " + id;
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Node attribute = element.getAttributes().item(i);
            String value = attribute.getNodeValue();
            // a delegate expression names a bean, not a variable (camunda:delegateExpression on a task, plain
            // delegateExpression on a camunda:taskListener or camunda:executionListener)
            String attributeName = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            boolean bean = "delegateExpression".equals(attributeName) || "class".equals(attributeName);
            if (!bean) {
                expressions(value, variables, where);
            }
            if (CAMUNDA.equals(attribute.getNamespaceURI())) {
                switch (attribute.getLocalName()) {
                    case "elementVariable", "resultVariable" -> variables.putIfAbsent(value, where);
                    case "formRef" -> formKeys(formsDir.resolve(value + ".form"), variables);
                    default -> { }
                }
            }
        }
        if (CAMUNDA.equals(element.getNamespaceURI())) {
            switch (element.getLocalName()) {
                case "inputParameter", "outputParameter" -> variables.putIfAbsent(element.getAttribute("name"), where);
                case "in", "out" -> {
                    if (!element.getAttribute("target").isEmpty() && !"businessKey".equals(element.getAttribute("businessKey"))) {
                        variables.putIfAbsent(element.getAttribute("target"), where);
                    }
                    if (!element.getAttribute("source").isEmpty()) {
                        variables.putIfAbsent(element.getAttribute("source"), where);
                    }
                }
                default -> { }
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, elements, variables, formsDir, processId, where);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (!"documentation".equals(element.getLocalName())) {
                    expressions(child.getNodeValue(), variables, where);
                }
            }
        }
    }

    private static void expressions(String text, Map<String, String> variables, String where) {
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String body = expression.group(1).replaceAll("'[^']*'|\"[^\"]*\"", "''");
            Matcher identifier = IDENTIFIER.matcher(body);
            while (identifier.find()) {
                if (!NOT_VARIABLES.contains(identifier.group(1))) {
                    variables.putIfAbsent(identifier.group(1), where);
                }
            }
        }
    }

    private static void formKeys(Path form, Map<String, String> variables) throws IOException {
        if (!Files.exists(form)) {
            throw new IllegalStateException("the model names the form " + form + ", which does not exist");
        }
        Matcher key = FORM_KEY.matcher(Files.readString(form, StandardCharsets.UTF_8));
        while (key.find()) {
            variables.putIfAbsent(key.group(1), "a field of the form " + form.getFileName());
        }
    }

    static String constant(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
                .replaceAll("[^A-Za-z0-9]+", "_").toUpperCase();
    }

    private static String escape(String text) {
        return text.replace("*/", "* /").replace("\n", " ").replace("&", "&amp;").replace("<", "&lt;")
                .replace("@", "&#64;").replace("\\u", "\\\\u");
    }
}
