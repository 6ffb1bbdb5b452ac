package kz.election.complaint.process;

import kz.election.complaint.Remedy;
import kz.election.complaint.RemedyKind;
import kz.election.platform.FormValues;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The remedy fields of the review and ruling forms, the one form reading of complaints' own. */
final class RemedyFields {

    private RemedyFields() {
    }

    /** The remedy chosen on the form; null when none was chosen. */
    static Remedy read(VariableScope scope) {
        RemedyKind kind = FormValues.choice(Remedy.KIND, scope.getVariable(Remedy.KIND), RemedyKind.class);
        if (kind == null) {
            return null;
        }
        // the form keeps hidden fields' old values; only what the chosen remedy uses counts
        boolean precinct = kind == RemedyKind.RECOUNT || kind == RemedyKind.ANNUL_PRECINCT;
        boolean nomination = kind == RemedyKind.DEREGISTER || kind == RemedyKind.REINSTATE;
        return new Remedy(kind,
                precinct ? FormValues.integer(Remedy.PRECINCT, scope.getVariable(Remedy.PRECINCT)) : null,
                nomination ? FormValues.text(scope.getVariable(Remedy.NOMINATION)) : null,
                kind == RemedyKind.DEREGISTER ? FormValues.text(scope.getVariable(Remedy.GROUND)) : null);
    }
}
