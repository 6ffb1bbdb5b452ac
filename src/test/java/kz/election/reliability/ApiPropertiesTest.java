package kz.election.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import kz.election.ElectionTest;
import kz.election.commission.DemoRegister;
import kz.election.complaint.ComplainantRole;
import kz.election.complaint.ComplaintRequest;
import kz.election.complaint.ComplaintService;
import kz.election.complaint.ComplaintSubject;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.ruleset.Level;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * As properties over every /api endpoint that takes a body and the start forms: one
 * field of a valid request replaced by a value jqwik generates (any Unicode, control and invisible
 * characters, Kazakh and Russian text with its edge characters, injection strings, negative, huge and
 * fractional numbers, wrong JSON types) is never answered with a 5xx; a 4xx names a field and leaves
 * every election.* table as it was. jqwik's own engine cannot run inside the shared Spring context
 * (no jqwik-spring for this Boot), so its generators are driven here with a seed the failure prints.
 */
@ElectionTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiPropertiesTest {

    private static final int TRIES = 30;
    private static final long SEED = Long.getLong("election.properties.seed", System.nanoTime());

    private static final List<String> HOSTILE = List.of("' OR '1'='1", "'; DROP TABLE election.election; --",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "${jndi:ldap://x/a}", "#{7*7}",
            "../../etc/passwd", "\u0000", "\u202eКосшы", "Қосшы\u200b", "\ufeffәкім", "Ә\u0301", "\ud83d\ude00",
            "NaN", "-0", "1e309", "", "   ", "\t\n\r");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Counts counts;
    @Autowired
    ElectionService elections;
    @Autowired
    ComplaintService complaints;

    private Api api;
    private final Map<String, String> placeholders = new LinkedHashMap<>();

    /** One endpoint and a valid request to it, whose fields the properties spoil one at a time. */
    record Endpoint(String name, String path, String user, String valid, boolean engineRest) {
        @Override
        public String toString() {
            return name;
        }
    }

    Stream<Arguments> endpoints() {
        return Stream.of(
                new Endpoint("announcement", "/api/elections", "demo-tec", """
                        {"territory": "116633100", "level": "RURAL", "post": "Қосшы ауылының әкімі",
                         "reason": "REGULAR", "callDate": "2026-08-10", "electionDay": "2026-09-27", "termEnd": "2026-10-10",
                         "precinctsCsv": "number;address;voters\\n1;№1 мектеп;812\\n"}""", false),
                new Endpoint("nomination", "/api/elections/{fresh}/nominations", "demo-tec",
                        ApiBadInputCorpusTest.VALID.get("nomination"), false),
                new Endpoint("protocol", "/api/precincts/{count}/1/protocol", "{member1}",
                        ApiBadInputCorpusTest.VALID.get("protocol"), false),
                new Endpoint("turnout", "/api/precincts/{count}/1/turnout", "{member1}",
                        "{\"hour\": \"10:00\", \"ballotsIssued\": 10}", false),
                new Endpoint("staff", "/api/precincts/{count}/1/staff", "demo-tec", "{\"userId\": \"demo-pec\"}", false),
                new Endpoint("ballot", "/api/elections/{ballotless}/ballot", "demo-tec", """
                        {"candidates": [{"registrationNumber": "C-1", "candidateName": "Айгерім Садықова", "nominatedBy": "Amanat"},
                                        {"registrationNumber": "C-2", "candidateName": "Нұрлан Беков", "nominatedBy": "self"}]}""", false),
                new Endpoint("complaint", "/api/complaints", "demo-complaints", """
                        {"electionNumber": "{fresh}", "complainantRole": "OBSERVER", "complainantName": "Dana Observer",
                         "complainantEmail": "dana@example.kz", "complainantLanguage": "ru", "subject": "PRECINCT_PROTOCOL",
                         "subjectReference": "1", "actDate": "2026-08-09", "text": "The commission refused to show the protocol."}""", false),
                new Endpoint("complaint decision", "/api/complaints/{complaint}/decision", "demo-complaints", """
                        {"decision": "UPHELD", "reasons": "The protocol was hidden.", "remedy": "RECOUNT", "remedyPrecinct": 1}""", false),
                new Endpoint("no-confidence motion", "/api/no-confidence", "demo-maslikhat", """
                        {"kind": "MOTION", "electionNumber": "{fresh}", "maslikhatName": "Қосшы мәслихаты", "deputiesTotal": 25,
                         "initiators": [{"name": "Aigerim Seitkali", "signedOn": "2026-08-05"}], "ground": "REPORTS_REJECTED_TWICE",
                         "groundsText": "Twice rejected.", "reportsRejectedOn": ["2026-05-01", "2026-07-01"], "filedOn": "2026-08-10"}""", false),
                new Endpoint("citizens' appeal", "/api/no-confidence/appeals", "demo-maslikhat", """
                        {"electionNumber": "{fresh}", "citizenName": "Ержан Қасымов", "citizenContact": "+7 701 000 00 00",
                         "receivedOn": "2026-08-10", "summary": "The akim ignores the water supply."}""", false),
                new Endpoint("election start form", "/engine-rest/process-definition/key/election/submit-form", "demo-tec", """
                        {"territory": "116633100", "level": "RURAL", "post": "Қосшы әкімі", "reason": "REGULAR",
                         "callDate": "2026-08-10", "electionDay": "2026-09-27", "termEnd": "2026-10-10",
                         "precinctsCsv": "number;address;voters\\n1;№1 мектеп;812\\n"}""", true),
                new Endpoint("complaint start form", "/engine-rest/process-definition/key/complaint/submit-form",
                        "demo-complaints", """
                        {"electionNumber": "{fresh}", "complainantRole": "OBSERVER", "complainantName": "Dana Observer",
                         "complainantEmail": "dana@example.kz", "complainantLanguage": "ru", "subject": "PRECINCT_PROTOCOL",
                         "subjectReference": "1", "actDate": "2026-08-09", "text": "Refused to show the protocol."}""", true),
                new Endpoint("nomination start form", "/engine-rest/process-definition/key/candidateRegistration/submit-form",
                        "demo-tec", """
                        {"electionNumber": "{fresh}", "fullName": "Айгерім Садықова", "iin": "800515300126",
                         "birthDate": "1980-05-15", "citizenship": "KZ", "address": "Қосшы, Абай көшесі 1",
                         "email": "candidate@example.kz", "language": "kk", "nominationType": "PARTY", "partyName": "Nur",
                         "documents": "APPLICATION,BIOGRAPHY", "documentsReceivedOn": "2026-08-10",
                         "signaturesSubmitted": 0}""", true))
                .map(Arguments::of);
    }

    private void electionsOnce() {
        // every case runs at this moment (the engine clock is reset after each test)
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-08-10T10:00:00+05:00").toInstant()));
        if (!placeholders.isEmpty()) {
            return;
        }
        api = new Api(port);
        Counts.Election counted = counts.open("Properties count", 1);
        String fresh = announce("Properties nominations");
        String complaint = complaints.submit(new ComplaintRequest(fresh, ComplainantRole.OBSERVER, "Dana Observer",
                "dana@example.kz", "ru", ComplaintSubject.PRECINCT_PROTOCOL, "1", LocalDate.parse("2026-08-09"),
                "The commission refused to show the protocol."), "demo-complaints").complaintNumber();
        placeholders.put("{count}", counted.number());
        placeholders.put("{member1}", counted.member(1));
        placeholders.put("{fresh}", fresh);
        placeholders.put("{ballotless}", announce("Properties ballot"));
        placeholders.put("{complaint}", complaint);
    }

    private String announce(String story) {
        return elections.announce(new AnnouncementRequest(DemoRegister.RURAL_DISTRICT, Level.RURAL, "Akim of Kosshy (" + story + " " + UUID.randomUUID() + ")",
                ElectionReason.REGULAR, LocalDate.parse("2026-08-01"), LocalDate.parse("2026-09-13"),
                LocalDate.parse("2026-10-01"), null, null, "number;address;voters\n1;School No. 1;812\n"), "demo-tec").number();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anySpoiledFieldIsRefusedWithA4xxNamingAFieldOrAcceptedNeverA5xx(Endpoint endpoint) throws Exception {
        electionsOnce();
        ObjectNode valid = (ObjectNode) Api.JSON.readTree(resolve(endpoint.valid()));
        List<String> fields = new ArrayList<>();
        valid.fieldNames().forEachRemaining(fields::add);
        // jqwik's generators outside its own engine: a session gives them their store; the Random is seeded
        JqwikSession.start();
        try {
            tryAll(endpoint, valid, fields, new Random(SEED ^ endpoint.name().hashCode()));
        } finally {
            JqwikSession.finish();
        }
    }

    private void tryAll(Endpoint endpoint, ObjectNode valid, List<String> fields, Random random) throws Exception {
        RandomGenerator<String> field = Arbitraries.of(fields).generator(1000);
        Iterator<Shrinkable<JsonNode>> edgeCases = hostileValues().edgeCases().iterator();
        RandomGenerator<JsonNode> value = hostileValues().generator(1000);

        for (int i = 0; i < TRIES; i++) {
            String spoiled = field.next(random).value();
            JsonNode bad = edgeCases.hasNext() ? edgeCases.next().value() : value.next(random).value();
            ObjectNode body = valid.deepCopy();
            body.set(spoiled, bad);
            String description = "seed %d (-Delection.properties.seed=%d), %s.%s = %s".formatted(SEED, SEED,
                    endpoint.name(), spoiled, abbreviated(bad));

            Map<String, Long> before = rowsOfEveryElectionTable();
            Api.Answer answer = api.post(resolve(endpoint.user()), resolve(endpoint.path()),
                    endpoint.engineRest() ? Api.JSON.writeValueAsString(asVariables(body)) : Api.JSON.writeValueAsString(body));

            assertThat(answer.status()).as("%s: %s", description, answer).isLessThan(500);
            assertThat(answer.body()).as(description).doesNotContain("at kz.election", "at org.");
            // 422: a protocol that fails its control checks is kept as REJECTED by design (the precinct corrects it)
            if (answer.status() >= 400 && answer.status() != 422) {
                assertThat(rowsOfEveryElectionTable()).as("%s: nothing stored", description).isEqualTo(before);
            }
            if (answer.status() == 400 && !endpoint.engineRest()) {
                assertThat(answer.contentType()).as(description).isEqualTo("application/problem+json");
                assertThat(answer.json().path("errors")).as("%s: %s", description, answer).isNotEmpty()
                        .allSatisfy(error -> assertThat(error.path("field").asText()).isNotBlank());
            } else if (answer.status() >= 400 && !endpoint.engineRest()) {
                assertThat(answer.contentType()).as("%s: %s", description, answer).isEqualTo("application/problem+json");
            } else if (answer.status() >= 400 && answer.contentType().startsWith("application/json")) {
                assertThat(answer.json().path("message").asText()).as("%s: %s", description, answer).isNotBlank();
            }
        }
    }

    /** What a careless or hostile client puts into one field. */
    static Arbitrary<JsonNode> hostileValues() {
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> kazakhAndRussian = Arbitraries.strings().withCharRange('\u0400', '\u04ff')
                .withChars("әғқңөұүһіӘҒҚҢӨҰҮҺІ .,-'№\u0000\u0007\u200b\u200d\u202e\u2066\ufeff\u0301\n\t")
                .ofMaxLength(400);
        Arbitrary<String> hostile = Arbitraries.of(HOSTILE);
        Arbitrary<String> oversized = Arbitraries.integers().between(1_000, 200_000).map("Ш"::repeat);
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.oneOf(anyText, kazakhAndRussian, hostile, oversized).map(TextNode::valueOf)),
                Tuple.of(2, Arbitraries.longs().map(LongNode::valueOf)),
                Tuple.of(1, Arbitraries.bigDecimals().between(new BigDecimal("-1e30"), new BigDecimal("1e30"))
                        .ofScale(3).map(DecimalNode::valueOf)),
                Tuple.of(1, Arbitraries.doubles().map(DoubleNode::valueOf)),
                Tuple.of(1, Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE, NullNode.instance,
                        JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode(),
                        JsonNodeFactory.instance.arrayNode().add(2026).add(9).add(13),
                        JsonNodeFactory.instance.objectNode().put("$gt", ""))));
    }

    /** Camunda's submit-form body: each field a variable typed by its JSON value. */
    private static JsonNode asVariables(ObjectNode form) {
        ObjectNode variables = JsonNodeFactory.instance.objectNode();
        form.fields().forEachRemaining(entry -> variables.set(entry.getKey(),
                JsonNodeFactory.instance.objectNode().set("value", entry.getValue())));
        return JsonNodeFactory.instance.objectNode().set("variables", variables);
    }

    private static String abbreviated(JsonNode value) {
        String text = value.toString();
        return text.length() <= 120 ? text : text.substring(0, 120) + "… (" + text.length() + " characters)";
    }

    private String resolve(String text) {
        String resolved = text;
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            resolved = resolved.replace(p.getKey(), p.getValue());
        }
        return resolved;
    }

    private Map<String, Long> rowsOfEveryElectionTable() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'election' AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'
                        ORDER BY table_name""").query(String.class).list()) {
            rows.put(table, jdbc.sql("SELECT count(*) FROM election.\"" + table + "\"").query(Long.class).single());
        }
        return rows;
    }
}
