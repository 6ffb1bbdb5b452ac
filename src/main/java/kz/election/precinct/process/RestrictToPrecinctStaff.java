package kz.election.precinct.process;

import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A precinct's protocol is entered by that precinct's commission only: the members bound to the
 * precinct become the task's candidate users, and with that get the engine's grant to see and work it.
 * The pec-staff group itself gets no grant on tasks (kz.election.security.PrecinctTaskAuthorizations),
 * so members of other precincts can neither see, claim nor complete it.
 */
@Component("restrictToPrecinctStaff")
record RestrictToPrecinctStaff(ProtocolService protocols) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        CountVariables.Count count = CountVariables.countOf(task);
        protocols.assignedUsers(count.election(), count.precinct()).forEach(task::addCandidateUser);
    }
}
