package kz.election.precinct.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import kz.election.model.PrecinctCountModel;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import kz.election.precinct.ProtocolSubmission;
import kz.election.precinct.StoredProtocol;
import kz.election.protocol.ProtocolFailure;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import kz.election.platform.EngineUsers;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Stores the entered protocol with the outcome of its control checks and tells the process which way to go. */
@Component(PrecinctCountModel.Elements.RUN_CONTROL_CHECKS)
record RunControlChecks(ProtocolService protocols, ObjectMapper json, EngineUsers users) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        // the precinct, the version and the member come from the business key, the database and the
        // engine's signed-in user: a completion may send precinctNumber or protocolVersion, never decide them
        CountVariables.Count count = CountVariables.countOf(execution);
        String election = count.election();
        int precinct = count.precinct();
        String member = users.require("a protocol submission");
        protocols.requireMember(member, election, precinct, "enter its protocol");
        Object restKey = execution.getVariable(CountVariables.IDEMPOTENCY_KEY);
        String restPrefix = "rest/" + CountVariables.businessKey(election, precinct) + "/";
        // a Tasklist submission is one run of this step: a re-run after a rollback stores nothing twice
        String key = restKey != null && restKey.toString().startsWith(restPrefix) ? restKey.toString()
                : execution.getProcessInstanceId() + "/" + execution.getActivityInstanceId();
        StoredProtocol stored = protocols.submit(new ProtocolSubmission(election, precinct,
                protocols.versionToEnter(election, precinct), CountVariables.figures(execution, json), member, key));

        List<ProtocolFailure> failures = stored.failures();
        // for the forms and integrations only: the acceptance reads the stored protocol, not this id
        execution.setVariable(CountVariables.PROTOCOL_ID, stored.id());
        execution.setVariable(CountVariables.CHECKS_PASSED, failures.isEmpty());
        // what failed goes back to the form; a protocol that passes at once carries no empty failure list
        // (two variables and their history fewer per precinct on election night)
        if (!failures.isEmpty() || execution.hasVariable(CountVariables.CONTROL_CHECK_FAILURES)) {
            execution.setVariable(CountVariables.CONTROL_CHECK_FAILURES, failures.stream()
                    .map(f -> String.join(", ", f.fields()) + ": " + f.message())
                    .collect(Collectors.joining("\n")));
            execution.setVariable(CountVariables.FAILED_FIELDS, SpinValues.jsonValue(json.writeValueAsString(
                    failures.stream().flatMap(f -> f.fields().stream()).distinct().toList())).create());
        }
    }
}
