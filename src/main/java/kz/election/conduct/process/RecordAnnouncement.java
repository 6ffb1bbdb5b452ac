package kz.election.conduct.process;

import static kz.election.model.ElectionModel.Variables.CALL_DATE;
import static kz.election.model.ElectionModel.Variables.ELECTION_DAY;
import static kz.election.model.ElectionModel.Variables.LEVEL;
import static kz.election.model.ElectionModel.Variables.POST;
import static kz.election.model.ElectionModel.Variables.PRECINCTS_CSV;
import static kz.election.model.ElectionModel.Variables.PREVIOUS_ELECTION_NUMBER;
import static kz.election.model.ElectionModel.Variables.REASON;
import static kz.election.model.ElectionModel.Variables.SHORT_CALL_CONFIRMED;
import static kz.election.model.ElectionModel.Variables.TERM_END;
import static kz.election.model.ElectionModel.Variables.TERRITORY;
import static kz.election.model.ElectionModel.Variables.VACANCY_DATE;

import kz.election.conduct.ElectionCalls;
import kz.election.election.AnnouncementRequest;
import kz.election.election.Election;
import kz.election.election.ElectionReason;
import kz.election.model.ElectionModel;
import kz.election.platform.EngineUsers;
import kz.election.platform.FormValues;
import kz.election.ruleset.Level;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores what the Tasklist start form "Announce election" submitted; the election number becomes the
 * business key. A refused announcement throws, so Tasklist shows every field and CSV line at fault and
 * nothing is started.
 */
@Component(ElectionModel.Elements.RECORD_ANNOUNCEMENT)
record RecordAnnouncement(ElectionCalls calls, EngineUsers engineUsers) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        AnnouncementRequest request = new AnnouncementRequest(
                FormValues.text(execution.getVariable(TERRITORY)),
                FormValues.choice(LEVEL, execution.getVariable(LEVEL), Level.class),
                FormValues.text(execution.getVariable(POST)),
                FormValues.choice(REASON, execution.getVariable(REASON), ElectionReason.class),
                date(execution, CALL_DATE),
                date(execution, ELECTION_DAY),
                date(execution, TERM_END),
                date(execution, VACANCY_DATE),
                FormValues.text(execution.getVariable(PREVIOUS_ELECTION_NUMBER)),
                FormValues.text(execution.getVariable(PRECINCTS_CSV)),
                FormValues.flag(execution.getVariable(SHORT_CALL_CONFIRMED)));
        Election election = calls.callFromStartForm(request,
                FormValues.actor(engineUsers, execution.getVariable(FormValues.RECORDED_BY)));
        if (!java.util.Objects.equals(execution.getTenantId(), election.organizerCode())) {
            // the tenant was read from the form's territory before the announcement chose the organizer
            throw new IllegalStateException("Election " + election.number() + " is organized by "
                    + election.organizerCode() + " but its process started as " + execution.getTenantId()
                    + "'s; nothing is stored");
        }
        execution.setProcessBusinessKey(election.number());
        execution.setVariable(ElectionVariables.ELECTION_NUMBER, election.number());
        execution.setVariable(ElectionVariables.REPEAT_VOTING, false);
        // the CSV is stored with the election; the process keeps ids, not documents
        execution.removeVariable(PRECINCTS_CSV);
    }

    private static java.time.LocalDate date(DelegateExecution execution, String field) {
        return FormValues.date(field, execution.getVariable(field));
    }
}
