package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import kz.election.reliability.ApplicationJar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yaml.snakeyaml.Yaml;

/**
 * The topology compose.yaml declares works, without containers: its database's first start
 * (src/image/compose/init-roles.sh's statements, run as the postgres image runs them) on an embedded
 * PostgreSQL 17, a GreenMail for the mail catcher, and its two nodes started from the built jar, each in
 * a JVM of its own with exactly the environment compose.yaml gives it (the host names db and mail
 * pointing at those two; each node's port set apart, since both share this one host). Both get ready and
 * serve from the one database, migrated once by the owner role. Every variable of a node's environment
 * must be one the application reads, so a misspelt or dropped setting fails here rather than on the
 * first real installation.
 */
class ComposeIT {

    private static final Path COMPOSE = Path.of("compose.yaml");
    private static final Path INIT_ROLES = Path.of("src", "image", "compose", "init-roles.sh");
    private static final Path LOGS = Path.of("target", "compose-it");
    /** Variables of the JVM or the container, not of the application. */
    private static final Set<String> NOT_SPRING = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "TZ");

    private final List<Process> nodes = new ArrayList<>();
    private EmbeddedPostgres database;
    private GreenMail mail;

    @AfterEach
    void stopEverything() throws Exception {
        for (Process node : nodes) {
            node.destroy();
            if (!node.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                node.destroyForcibly().waitFor();
            }
        }
        if (mail != null) {
            mail.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTwoNodesOfComposeYamlServeFromTheOneDatabaseWithTheEnvironmentItGivesThem() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        // what the operator exports before `docker compose up` (README, "The image and compose.yaml")
        var keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Map<String, String> exports = Map.of("POSTGRES_PASSWORD", "postgres-" + UUID.randomUUID(),
                "ELECTION_OWNER_PASSWORD", "owner-" + UUID.randomUUID(), "ELECTION_APP_PASSWORD", "app-" + UUID.randomUUID(),
                "ELECTION_CHAIN_SIGNING_KEY", Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));

        // the database service: PostgreSQL 17, asking every role for a password, first started with init-roles.sh
        Map<String, Object> db = services.get("db");
        assertThat(db.get("image")).isEqualTo("postgres:17");
        Map<String, String> dbEnvironment = environment(db, exports);
        dbEnvironment.putIfAbsent("POSTGRES_USER", "postgres"); // the image's default
        assertThat((List<String>) db.get("volumes")).anyMatch(volume ->
                volume.startsWith("./" + INIT_ROLES.toString().replace('\\', '/') + ":/docker-entrypoint-initdb.d/"));
        Path passwordFile = Files.createTempFile(Files.createDirectories(Path.of("target", "postgres")), "compose", ".pw");
        Files.writeString(passwordFile, dbEnvironment.get("POSTGRES_PASSWORD"));
        database = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of("target", "postgres", "compose-" + UUID.randomUUID())).setCleanDataDirectory(true)
                .setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString())
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", dbEnvironment.get("POSTGRES_PASSWORD")).start();
        runInitScript(dbEnvironment);

        // the mail catcher
        Map<String, Object> catcher = services.get("mail");
        assertThat((String) catcher.get("image")).startsWith("axllent/mailpit");
        mail = new GreenMail(new ServerSetup(ApplicationJar.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();

        // the nodes: every service that runs the application's image
        List<String> nodeNames = services.entrySet().stream()
                .filter(service -> String.valueOf(service.getValue().get("image")).startsWith("akim-elections:"))
                .map(Map.Entry::getKey).sorted().toList();
        assertThat(nodeNames).as("nodes of compose.yaml").hasSize(2);
        Set<String> known = PropertiesTheApplicationReads.names();
        List<Integer> ports = new ArrayList<>();
        Map<String, Integer> started = new LinkedHashMap<>();
        // in the order of depends_on, as compose starts them; a node another waits for must pass its healthcheck
        while (started.size() < nodeNames.size()) {
            String name = nodeNames.stream().filter(node -> !started.containsKey(node)
                    && started.keySet().containsAll(nodeDependencies(services.get(node), nodeNames))).findFirst()
                    .orElseThrow(() -> new AssertionError("the nodes' depends_on form a cycle"));
            Map<String, Object> service = services.get(name);
            Map<String, String> environment = environment(service, exports);
            assertThat(environment.keySet().stream().filter(variable -> !NOT_SPRING.contains(variable)
                    && !PropertiesTheApplicationReads.reads(known, variable)).toList())
                    .as("variables of %s that the application does not read", name).isEmpty();
            assertThat((List<String>) service.get("ports")).as("%s offers the image's port", name)
                    .singleElement().asString().endsWith(":8080");
            Map<String, String> here = onThisHost(environment, dbEnvironment);
            int port = ApplicationJar.freePort();
            here.put("SERVER_PORT", String.valueOf(port));
            List<String> healthcheck = (List<String>) ((Map<String, Object>) service.get("healthcheck")).get("test");
            nodes.add(ApplicationJar.start(List.of("-Duser.timezone=UTC", "-XX:TieredStopAtLevel=1"), here, List.of(),
                    LOGS.resolve(name + ".log"), Duration.ofMinutes(4), () -> healthy(healthcheck, port)));
            started.put(name, port);
            ports.add(port);
        }

        HttpClient http = HttpClient.newHttpClient();
        for (int port : ports) {
            assertThat(ready(port)).as("node on port %d ready", port).isTrue();
            HttpResponse<String> results = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/results"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(results.statusCode()).as("the public results of the node on port %d", port).isEqualTo(200);
        }
        JdbcClient elections = JdbcClient.create(database.getDatabase("postgres", "elections"));
        // one database: each node fills a pool of its own (20 connections, application.yaml) to it
        Instant patience = Instant.now().plusSeconds(30);
        long connections = 0;
        while (connections <= 20 && Instant.now().isBefore(patience)) {
            connections = elections.sql("""
                    SELECT count(*) FROM pg_stat_activity WHERE usename = 'election_app' AND datname = 'elections'""")
                    .query(Long.class).single();
            Thread.sleep(500); // the pools fill in the nodes' own threads: nothing of this JVM to wait on
        }
        assertThat(connections).as("application connections of both nodes").isGreaterThan(20);
        // migrated once, by the owner, before the second node started
        List<Map<String, Object>> history = elections.sql("""
                SELECT version, script, installed_by, installed_on, success FROM election.flyway_schema_history
                WHERE type = 'SQL'""").query().listOfRows();
        long migrations;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            migrations = files.filter(file -> file.getFileName().toString().matches("(V\\d+|R)__.*\\.sql")).count();
        }
        assertThat(history).hasSize((int) migrations).allSatisfy(row -> {
            assertThat(row.get("installed_by")).isEqualTo("election_owner");
            assertThat(row.get("success")).isEqualTo(true);
        });
        assertThat(elections.sql("SELECT tableowner FROM pg_tables WHERE schemaname = 'election' GROUP BY tableowner")
                .query(String.class).list()).containsExactly("election_owner");
        List<String> logs = new ArrayList<>();
        for (String name : nodeNames) {
            logs.add(Files.readString(LOGS.resolve(name + ".log")));
        }
        assertThat(logs).as("one node migrated, the other found the schema migrated")
                .satisfiesOnlyOnce(log -> assertThat(log).contains("Successfully applied " + migrations + " migrations"))
                .satisfiesOnlyOnce(log -> assertThat(log).contains("is up to date. No migration necessary"));
    }

    /** The service's environment as compose interpolates it from the operator's exports. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service, Map<String, String> exports) {
        Map<String, String> environment = new LinkedHashMap<>();
        ((Map<String, Object>) service.get("environment")).forEach((name, value) ->
                environment.put(name, interpolate(String.valueOf(value), exports)));
        return environment;
    }

    /** ${NAME}, ${NAME:?message} and ${NAME:-default}, as compose reads them. */
    private static String interpolate(String value, Map<String, String> exports) {
        Matcher variable = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?::?([-?])([^}]*))?}").matcher(value);
        StringBuilder result = new StringBuilder();
        while (variable.find()) {
            String given = exports.get(variable.group(1));
            if (given == null && "?".equals(variable.group(2))) {
                throw new AssertionError("compose would refuse to start: " + variable.group(3));
            }
            variable.appendReplacement(result, Matcher.quoteReplacement(given != null ? given
                    : "-".equals(variable.group(2)) ? variable.group(3) : ""));
        }
        return variable.appendTail(result).toString();
    }

    /** The statements of init-roles.sh, each psql here-document run as the image's entrypoint runs it. */
    private void runInitScript(Map<String, String> shell) throws Exception {
        String script = Files.readString(INIT_ROLES);
        Matcher psql = Pattern.compile("psql([^\\n]*)<<SQL\\n(.*?)\\nSQL", Pattern.DOTALL).matcher(script);
        int documents = 0;
        while (psql.find()) {
            documents++;
            Matcher dbname = Pattern.compile("--dbname\\s+\"?([\\w$]+)\"?").matcher(psql.group(1));
            String target = dbname.find() ? interpolateShell(dbname.group(1), shell) : "postgres";
            DataSource dataSource = database.getDatabase("postgres", target);
            for (String statement : interpolateShell(psql.group(2), shell).split(";\\s*\\n?")) {
                if (!statement.isBlank()) {
                    // one by one, as psql sends them: CREATE DATABASE refuses to run inside a transaction block
                    JdbcClient.create(dataSource).sql(statement).update();
                }
            }
        }
        assertThat(documents).as("psql here-documents in %s", INIT_ROLES).isEqualTo(2);
    }

    private static String interpolateShell(String text, Map<String, String> shell) {
        Matcher variable = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?").matcher(text);
        StringBuilder result = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(result, Matcher.quoteReplacement(shell.getOrDefault(variable.group(1), "")));
        }
        return variable.appendTail(result).toString();
    }

    /** The node's environment with the host names of compose's network (db, mail) pointing at this host's servers. */
    private Map<String, String> onThisHost(Map<String, String> environment, Map<String, String> dbEnvironment) {
        Map<String, String> here = new HashMap<>(environment);
        String url = environment.get("SPRING_DATASOURCE_URL");
        assertThat(url).startsWith("jdbc:postgresql://db:5432/");
        here.put("SPRING_DATASOURCE_URL", url.replace("//db:5432/", "//localhost:" + database.getPort() + "/"));
        assertThat(environment.get("SPRING_MAIL_HOST")).isEqualTo("mail");
        assertThat(environment.get("SPRING_MAIL_PORT")).isEqualTo("1025");
        here.put("SPRING_MAIL_HOST", "127.0.0.1");
        here.put("SPRING_MAIL_PORT", String.valueOf(mail.getSmtp().getPort()));
        assertThat(dbEnvironment).containsKey("POSTGRES_PASSWORD");
        return here;
    }

    /** The nodes this one waits for (depends_on), each with the condition service_healthy. */
    @SuppressWarnings("unchecked")
    private static List<String> nodeDependencies(Map<String, Object> service, List<String> nodeNames) {
        Map<String, Map<String, Object>> dependsOn = (Map<String, Map<String, Object>>) service.get("depends_on");
        List<String> nodes = dependsOn.keySet().stream().filter(nodeNames::contains).toList();
        nodes.forEach(node -> assertThat(dependsOn.get(node).get("condition")).isEqualTo("service_healthy"));
        return nodes;
    }

    /** The service's healthcheck, run as the container would run it (bash here too), at the node's port. */
    private static boolean healthy(List<String> test, int port) throws Exception {
        assertThat(test.get(0)).isEqualTo("CMD");
        List<String> command = test.subList(1, test.size()).stream()
                .map(part -> part.replace("127.0.0.1/8080", "127.0.0.1/" + port)).toList();
        assertThat(command).as("the healthcheck asks the node's port").anyMatch(part -> part.contains("/" + port));
        Process check = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!check.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            check.destroyForcibly();
            return false;
        }
        return check.exitValue() == 0;
    }

    private static boolean ready(int port) throws Exception {
        HttpResponse<String> readiness = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return readiness.statusCode() == 200 && new ObjectMapper().readTree(readiness.body()).path("status").asText().equals("UP");
    }

    /**
     * The names of every property the application reads: the libraries' configuration metadata (Spring
     * Boot, Camunda), and the application's own {@code @ConfigurationProperties} records and {@code @Value}s.
     */
    static final class PropertiesTheApplicationReads {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z0-9.\\-\\[\\]]+)");

        static Set<String> names() throws Exception {
            Set<String> names = new TreeSet<>();
            ObjectMapper json = new ObjectMapper();
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (String file : List.of("spring-configuration-metadata.json", "additional-spring-configuration-metadata.json")) {
                for (Resource metadata : resolver.getResources("classpath*:META-INF/" + file)) {
                    try (InputStream in = metadata.getInputStream()) {
                        for (JsonNode property : json.readTree(in).path("properties")) {
                            String type = property.path("type").asText();
                            names.add(property.path("name").asText() + (type.startsWith("java.util.Map") ? ".*" : ""));
                        }
                    }
                }
            }
            ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter((reader, factory) -> true);
            for (BeanDefinition candidate : scanner.findCandidateComponents("kz.election")) {
                Class<?> type;
                try {
                    // not initialized: a test class's static set-up must not run here
                    type = Class.forName(candidate.getBeanClassName(), false, ComposeIT.class.getClassLoader());
                    type.getDeclaredMethods();
                } catch (LinkageError | ClassNotFoundException unusable) {
                    continue;
                }
                ConfigurationProperties properties = type.getAnnotation(ConfigurationProperties.class);
                if (properties != null && type.isRecord()) {
                    String prefix = properties.value().isEmpty() ? properties.prefix() : properties.value();
                    for (RecordComponent component : type.getRecordComponents()) {
                        names.add(prefix + "." + kebab(component.getName()));
                    }
                }
                List<AnnotatedElement> elements = new ArrayList<>(List.of(type.getDeclaredFields()));
                List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredConstructors()));
                executables.addAll(List.of(type.getDeclaredMethods()));
                for (Executable executable : executables) {
                    elements.add(executable);
                    for (Parameter parameter : executable.getParameters()) {
                        elements.add(parameter);
                    }
                }
                for (AnnotatedElement element : elements) {
                    Value value = element.getAnnotation(Value.class);
                    if (value != null) {
                        Matcher placeholder = PLACEHOLDER.matcher(value.value());
                        while (placeholder.find()) {
                            names.add(placeholder.group(1));
                        }
                    }
                }
            }
            return names;
        }

        /** Whether the environment variable, bound as Spring Boot binds it, sets one of these properties. */
        static boolean reads(Set<String> known, String variable) {
            ConfigurationPropertySource source = ConfigurationPropertySource.from(
                    new SystemEnvironmentPropertySource("compose", Map.of(variable, "set")));
            for (String name : known) {
                boolean map = name.endsWith(".*");
                String property = map ? name.substring(0, name.length() - 2) : name;
                if (!ConfigurationPropertyName.isValid(property)) {
                    continue;
                }
                ConfigurationPropertyName configurationName = ConfigurationPropertyName.of(property);
                if (source.getConfigurationProperty(configurationName) != null || (map
                        && source.containsDescendantOf(configurationName) == ConfigurationPropertyState.PRESENT)) {
                    return true;
                }
            }
            return false;
        }

        private static String kebab(String camel) {
            return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        }
    }
}
