package kz.election.conduct.process;

import kz.election.conduct.ElectionCalls;
import kz.election.model.ElectionModel;
import org.springframework.stereotype.Component;

/** An annulled election: the same linked REPEAT election. */
@Component(ElectionModel.Elements.CALL_REPEAT_AFTER_ANNULMENT)
class CallRepeatAfterAnnulment extends CallRepeatElection {

    CallRepeatAfterAnnulment(ElectionCalls calls) {
        super(calls);
    }
}
