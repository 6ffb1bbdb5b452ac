package kz.election.election;

import java.util.ArrayList;
import java.util.List;

/**
 * What the commission does when too few candidates stand (docs/RULES.md "fewer than 2 nominees at the close").
 * At the nomination close: extend once by the ruleset's days, then the higher akim nominates. At the
 * registration close (no source found, a ruleset value marked U): the election goes ahead with at least the
 * ruleset's {@code minRegisteredCandidatesToVote} registered (1: one candidate against "against all"; the
 * research found "at least 2 registered"); with fewer there is no contest and a REPEAT election follows.
 */
public final class CandidateShortfallRules {

    public enum AtNominationClose { ENOUGH, EXTEND, HIGHER_AKIM_NOMINATES }

    public enum AtRegistrationClose { FIX_BALLOT, NO_CONTEST }

    private CandidateShortfallRules() {
    }

    public static AtNominationClose atNominationClose(long standingNominees, int minNominees, boolean extended) {
        if (standingNominees >= minNominees) {
            return AtNominationClose.ENOUGH;
        }
        return extended ? AtNominationClose.HIGHER_AKIM_NOMINATES : AtNominationClose.EXTEND;
    }

    public static AtRegistrationClose atRegistrationClose(long registered, int minRegistered) {
        return registered >= Math.max(1, minRegistered) ? AtRegistrationClose.FIX_BALLOT : AtRegistrationClose.NO_CONTEST;
    }

    /** The number of the higher akim's nominees must be within the ruleset's bounds. */
    public static List<Violation> higherAkimNominees(int count, int min, int max, String citation) {
        List<Violation> violations = new ArrayList<>();
        if (count < min || count > max) {
            violations.add(new Violation("nominees", "the higher akim nominates " + (min == max ? min : min + " to " + max)
                    + " candidates; " + count + " entered", citation));
        }
        return violations;
    }
}
