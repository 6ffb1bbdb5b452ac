package kz.election.precinct;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.election.model.PrecinctCountModel;
import kz.election.platform.ProcessBusinessKey;
import kz.election.protocol.ProtocolFields;
import kz.election.protocol.ProtocolFigures;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The variables of precinct-count.bpmn, in one place: what the form and the REST submission write and
 * what the delegates read. The protocol itself lives in election.protocol; these carry the entry.
 */
public final class CountVariables {

    public static final String PROCESS_ID = PrecinctCountModel.PROCESS;
    public static final String RECOUNT_MESSAGE = PrecinctCountModel.Messages.RECOUNT_ORDERED;
    public static final String ENTER_PROTOCOL = PrecinctCountModel.Elements.ENTER_PROTOCOL;
    public static final String ACCEPT_PROTOCOL = PrecinctCountModel.Elements.ACCEPT_PROTOCOL;

    public static final String ELECTION_NUMBER = PrecinctCountModel.Variables.ELECTION_NUMBER;
    public static final String PRECINCT_NUMBER = PrecinctCountModel.Variables.PRECINCT_NUMBER;
    public static final String PROTOCOL_VERSION = PrecinctCountModel.Variables.PROTOCOL_VERSION;
    /**
     * JSON list of {registrationNumber, candidateName, nominatedBy, votes}, in ballot order: the ballot
     * lines of the entry, which say whose votes line i of the form holds.
     */
    public static final String CANDIDATE_LINES = "candidateLines";
    /**
     * The forms show one fixed line per candidate: {@code candidate{i}Name}, {@code candidate{i}NominatedBy}
     * (read-only) and {@code candidate{i}Votes} for i = 1..{@value #MAX_CANDIDATE_LINES}, lines beyond the
     * ballot hidden. Tasklist 7.24 keeps "Complete" disabled on a form-js dynamic list bound to a JSON
     * variable, so the lines are fixed fields, filled from {@link #CANDIDATE_LINES}.
     */
    public static final int MAX_CANDIDATE_LINES = ProtocolFields.MAX_CANDIDATE_LINES;
    /** Transient: the votes per candidate exactly as a REST caller sent them, lines off the ballot included. */
    public static final String SUBMITTED_CANDIDATE_VOTES = "submittedCandidateVotes";
    public static final String PROTOCOL_ID = "protocolId";
    public static final String CHECKS_PASSED = PrecinctCountModel.Variables.CHECKS_PASSED;
    /** One line per failed check, for the form. */
    public static final String CONTROL_CHECK_FAILURES = PrecinctCountModel.Variables.CONTROL_CHECK_FAILURES;
    /** JSON list of the field names that failed, for the form and integrations. */
    public static final String FAILED_FIELDS = "failedFields";
    /** Transient: a REST caller's idempotency key for the submission. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    public static final String REPORT_TURNOUT = PrecinctCountModel.Elements.REPORT_TURNOUT;
    /** The multi-instance element: the report time of one turnout report, e.g. "10:00". */
    public static final String TURNOUT_REPORT_HOUR = PrecinctCountModel.Variables.TURNOUT_REPORT_HOUR;
    /** The turnout form's one figure: ballots issued so far (local to each report). */
    public static final String BALLOTS_ISSUED = PrecinctCountModel.Variables.BALLOTS_ISSUED;
    /** When the protocol entry is due, and when the commission is warned (Dates, from protocol_entry_deadline). */
    public static final String COUNT_DUE_AT = PrecinctCountModel.Variables.COUNT_DUE_AT;
    public static final String COUNT_ESCALATE_AT = PrecinctCountModel.Variables.COUNT_ESCALATE_AT;

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

    public static String candidateName(int line) {
        return "candidate" + line + "Name";
    }

    public static String candidateNominatedBy(int line) {
        return "candidate" + line + "NominatedBy";
    }

    public static String candidateVotes(int line) {
        return "candidate" + line + "Votes";
    }

    /** The form's fixed lines for these ballot lines: line i shows the i-th candidate, lines beyond the ballot stay unset. */
    public static Map<String, Object> formLines(List<CandidateLine> lines) {
        if (lines.size() > MAX_CANDIDATE_LINES) {
            throw new IllegalArgumentException("the protocol form has " + MAX_CANDIDATE_LINES
                    + " candidate lines, the ballot " + lines.size());
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 1; i <= lines.size(); i++) {
            CandidateLine line = lines.get(i - 1);
            variables.put(candidateName(i), line.candidateName());
            variables.put(candidateNominatedBy(i), line.nominatedBy());
            variables.put(candidateVotes(i), line.votes());
        }
        return variables;
    }

    public static JsonValue candidateLines(ObjectMapper json, List<CandidateLine> lines) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(lines)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The precinct count a step acts on: an election's number and one of its precincts. */
    public record Count(String election, int precinct) {
    }

    /**
     * The count a step acts on, from its business key {@code {electionNumber}/P{precinctNumber}}: the
     * variables of the same names are there for the forms, and a task completion can overwrite them.
     */
    public static Count countOf(VariableScope scope) {
        String key = ProcessBusinessKey.of(scope);
        if (!key.matches(".+/P[1-9]\\d{0,8}")) {
            throw new IllegalStateException("a precinct count runs under the business key {electionNumber}/P{precinct}, not "
                    + key);
        }
        int at = key.lastIndexOf("/P");
        return new Count(key.substring(0, at), Integer.parseInt(key.substring(at + 2)));
    }

    /**
     * The figures as entered; anything that is not a whole number stays blank for the checks to report.
     * The votes per candidate are the REST caller's lines as sent when there are any, otherwise the form's
     * line i ({@code candidate{i}Votes}) for the i-th ballot line of {@link #CANDIDATE_LINES}.
     */
    public static ProtocolFigures figures(VariableScope scope, ObjectMapper json) {
        Map<String, Long> candidateVotes = new LinkedHashMap<>();
        JsonNode submitted = tree(json, scope.getVariable(SUBMITTED_CANDIDATE_VOTES));
        JsonNode lines = tree(json, scope.getVariable(CANDIDATE_LINES));
        boolean entered = false;
        if (submitted != null) {
            // a REST caller that sent no votes at all gets "the votes per candidate are missing"
            entered = submitted.isObject();
            submitted.fields().forEachRemaining(line -> candidateVotes.put(line.getKey(), whole(line.getValue())));
        } else if (lines != null && lines.isArray()) {
            entered = true;
            for (int i = 1; i <= lines.size(); i++) {
                candidateVotes.put(lines.get(i - 1).path("registrationNumber").asText(),
                        whole(scope.getVariable(candidateVotes(i))));
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
                entered ? candidateVotes : null,
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

    private static Long whole(JsonNode value) {
        return value == null || !value.canConvertToExactIntegral() ? null : value.asLong();
    }

    public static Long whole(Object value) {
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
