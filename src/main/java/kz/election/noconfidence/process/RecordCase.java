package kz.election.noconfidence.process;

import kz.election.model.NoConfidenceModel.Elements;
import kz.election.model.NoConfidenceModel.Variables;
import kz.election.noconfidence.CaseKind;
import kz.election.noconfidence.Motion;
import kz.election.noconfidence.MotionGround;
import kz.election.noconfidence.MotionRequest;
import kz.election.noconfidence.MotionService;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files what the Tasklist start form submitted; the motion number becomes the business key. */
@Component(Elements.RECORD_CASE)
record RecordCase(MotionService motions, EngineUsers engineUsers) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        CaseKind chosen = FormValues.choice(Variables.CASE_KIND, execution.getVariable(Variables.CASE_KIND), CaseKind.class);
        CaseKind kind = chosen == null ? CaseKind.MOTION : chosen;
        boolean motion = kind == CaseKind.MOTION;
        MotionRequest request = new MotionRequest(kind,
                FormValues.text(execution.getVariable(Variables.ELECTION_NUMBER)),
                FormValues.text(execution.getVariable(Variables.MASLIKHAT_NAME)),
                FormValues.integer(Variables.DEPUTIES_TOTAL, execution.getVariable(Variables.DEPUTIES_TOTAL)),
                motion ? MotionFormValues.initiators(execution.getVariable(Variables.INITIATORS)) : null,
                motion ? FormValues.choice(Variables.GROUND, execution.getVariable(Variables.GROUND), MotionGround.class) : null,
                FormValues.text(execution.getVariable(Variables.GROUNDS_TEXT)),
                MotionFormValues.dates(Variables.REPORTS_REJECTED_ON, execution.getVariable(Variables.REPORTS_REJECTED_ON)),
                FormValues.date(Variables.FILED_ON, execution.getVariable(Variables.FILED_ON)),
                FormValues.date(Variables.TERM_ENDED_ON, execution.getVariable(Variables.TERM_ENDED_ON)),
                FormValues.text(execution.getVariable(Variables.TERM_END_REFERENCE)),
                FormValues.text(execution.getVariable(Variables.DECIDED_BY_AUTHORITY)),
                FormValues.text(execution.getVariable(Variables.ACTING_AKIM_NAME)),
                FormValues.date(Variables.ACTING_AKIM_FROM, execution.getVariable(Variables.ACTING_AKIM_FROM)));
        Motion filed = motions.file(request, FormValues.actor(engineUsers, null));
        execution.setProcessBusinessKey(filed.motionNumber());
        execution.setVariable("motionNumber", filed.motionNumber());
        execution.setVariable(Variables.ELECTION_NUMBER, filed.electionNumber());
        execution.setVariable(Variables.CASE_KIND, filed.kind().name());
    }
}
