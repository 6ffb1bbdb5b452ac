package kz.election.precinct;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The variables of precinct-count.bpmn, in one place: what the form and the REST submission write and
 * what the delegates read. The protocol itself lives in election.protocol; these carry the entry.
 */
public final class CountVariables {

    public static final String PROCESS_ID = "precinctCount";
    public static final String RECOUNT_MESSAGE = "recountOrdered";
    public static final String ENTER_PROTOCOL = "enterProtocol";
    public static final String ACCEPT_PROTOCOL = "acceptProtocol";

    public static final String ELECTION_NUMBER = "electionNumber";
    public static final String PRECINCT_NUMBER = "precinctNumber";
    public static final String PROTOCOL_VERSION = "protocolVersion";
    /** JSON list of {registrationNumber, candidateName, nominatedBy, votes}, in ballot order. */
    public static final String CANDIDATE_LINES = "candidateLines";
    public static final String PROTOCOL_ID = "protocolId";
    public static final String CHECKS_PASSED = "checksPassed";
    /** One line per failed check, for the form. */
    public static final String CONTROL_CHECK_FAILURES = "controlCheckFailures";
    /** JSON list of the field names that failed, for the form and integrations. */
    public static final String FAILED_FIELDS = "failedFields";
    /** Transient: a REST caller's idempotency key for the submission. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    public static final List<String> FIGURE_FIELDS = List.of(ProtocolFields.VOTERS_ON_LIST,
            ProtocolFields.BALLOTS_RECEIVED, ProtocolFields.BALLOTS_ISSUED_AT_STATION,
            ProtocolFields.BALLOTS_ISSUED_AT_HOME, ProtocolFields.BALLOTS_CANCELLED, ProtocolFields.BALLOTS_FOUND,
            ProtocolFields.INVALID_BALLOTS, ProtocolFields.AGAINST_ALL);

    private CountVariables() {
    }

    public static String businessKey(String electionNumber, int precinctNumber) {
        return electionNumber + "/P" + precinctNumber;
    }

    /** One line of the form's candidate list. */
    public record CandidateLine(String registrationNumber, String candidateName, String nominatedBy, Long votes) {
    }

    public static JsonValue candidateLines(ObjectMapper json, List<CandidateLine> lines) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(lines)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static int precinctNumber(VariableScope scope) {
        return ((Number) scope.getVariable(PRECINCT_NUMBER)).intValue();
    }

    static String electionNumber(VariableScope scope) {
        return (String) scope.getVariable(ELECTION_NUMBER);
    }

    /** The figures as entered; anything that is not a whole number stays blank for the checks to report. */
    static ProtocolFigures figures(VariableScope scope, ObjectMapper json) {
        Map<String, Long> candidateVotes = new LinkedHashMap<>();
        JsonNode lines = tree(json, scope.getVariable(CANDIDATE_LINES));
        if (lines != null && lines.isArray()) {
            for (JsonNode line : lines) {
                JsonNode votes = line.get("votes");
                candidateVotes.put(line.path("registrationNumber").asText(),
                        votes == null || !votes.canConvertToExactIntegral() ? null : votes.asLong());
            }
        }
        return new ProtocolFigures(
                whole(scope.getVariable(ProtocolFields.VOTERS_ON_LIST)),
                whole(scope.getVariable(ProtocolFields.BALLOTS_RECEIVED)),
                whole(scope.getVariable(ProtocolFields.BALLOTS_ISSUED_AT_STATION)),
                whole(scope.getVariable(ProtocolFields.BALLOTS_ISSUED_AT_HOME)),
                whole(scope.getVariable(ProtocolFields.BALLOTS_CANCELLED)),
                whole(scope.getVariable(ProtocolFields.BALLOTS_FOUND)),
                whole(scope.getVariable(ProtocolFields.INVALID_BALLOTS)),
                lines == null ? null : candidateVotes,
                whole(scope.getVariable(ProtocolFields.AGAINST_ALL)));
    }

    private static JsonNode tree(ObjectMapper json, Object value) {
        if (value == null) {
            return null;
        }
        try {
            // a Json variable (Spin) prints as its JSON text, as does a String holding JSON
            return value instanceof List<?> || value instanceof Map<?, ?> ? json.valueToTree(value) : json.readTree(value.toString());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Long whole(Object value) {
        if (value instanceof Number number) {
            double asDouble = number.doubleValue();
            return asDouble == Math.rint(asDouble) ? number.longValue() : null;
        }
        if (value instanceof String text && text.strip().matches("-?\\d{1,18}")) {
            return Long.parseLong(text.strip());
        }
        return null;
    }
}
