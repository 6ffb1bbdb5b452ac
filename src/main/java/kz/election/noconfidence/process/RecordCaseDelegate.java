package kz.election.noconfidence.process;

import kz.election.common.InvalidInputException;
import kz.election.noconfidence.CaseKind;
import kz.election.noconfidence.Motion;
import kz.election.noconfidence.MotionGround;
import kz.election.noconfidence.MotionRequest;
import kz.election.noconfidence.MotionService;
import kz.election.platform.EngineUsers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files what the Tasklist start form submitted; the motion number becomes the business key. */
@Component("recordCase")
class RecordCaseDelegate implements JavaDelegate {

    private final MotionService motions;
    private final EngineUsers engineUsers;

    RecordCaseDelegate(MotionService motions, EngineUsers engineUsers) {
        this.motions = motions;
        this.engineUsers = engineUsers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseKind kind = choice("caseKind", CaseKind.class, execution.getVariable("caseKind"), CaseKind.MOTION);
        MotionRequest request = new MotionRequest(kind,
                FormValues.text(execution.getVariable("electionNumber")),
                FormValues.text(execution.getVariable("maslikhatName")),
                FormValues.integer("deputiesTotal", execution.getVariable("deputiesTotal")),
                kind == CaseKind.MOTION ? FormValues.initiators(execution.getVariable("initiators")) : null,
                kind == CaseKind.MOTION ? choice("ground", MotionGround.class, execution.getVariable("ground"), null) : null,
                FormValues.text(execution.getVariable("groundsText")),
                FormValues.dates("reportsRejectedOn", execution.getVariable("reportsRejectedOn")),
                FormValues.date("filedOn", execution.getVariable("filedOn")),
                FormValues.date("termEndedOn", execution.getVariable("termEndedOn")),
                FormValues.text(execution.getVariable("termEndReference")));
        Motion motion = motions.file(request, FormValues.actor(engineUsers, null));
        execution.setProcessBusinessKey(motion.motionNumber());
        execution.setVariable("motionNumber", motion.motionNumber());
        execution.setVariable("electionNumber", motion.electionNumber());
        execution.setVariable("caseKind", motion.kind().name());
    }

    private static <E extends Enum<E>> E choice(String field, Class<E> type, Object value, E fallback) {
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toString().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
