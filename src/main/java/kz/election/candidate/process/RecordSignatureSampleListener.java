package kz.election.candidate.process;

import kz.election.candidate.CandidateService;
import kz.election.candidate.Nomination;
import kz.election.platform.EngineUsers;
import kz.election.platform.ProcessBusinessKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Verify signature sheets": records the sample; wrong numbers keep the task open. */
@Component("recordSignatureSample")
record RecordSignatureSampleListener(CandidateService candidates, EngineUsers engineUsers) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Nomination nomination = candidates.recordSignatureSample(ProcessBusinessKey.of(task),
                Variables.integer("signaturesChecked", task.getVariable("signaturesChecked")),
                Variables.integer("signaturesInvalid", task.getVariable("signaturesInvalid")),
                Actor.of(engineUsers, task.getAssignee()), task.getProcessInstanceId());
        task.getExecution().setVariable("checklistSummary", CandidateService.summary(
                new kz.election.candidate.EligibilityChecklist(nomination.checklist())));
    }
}
