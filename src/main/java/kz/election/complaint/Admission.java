package kz.election.complaint;

import java.time.Instant;
import java.util.List;
import kz.election.candidate.RefusalGround;

/**
 * The outcome of the filing-deadline check: an admissible complaint gets its review deadline and the
 * moment supervisors are warned; an inadmissible one only the filing deadline that passed.
 *
 * @param summary              the complaint's facts, one per line, for the review form
 * @param deregistrationGrounds the election ruleset's grounds, offered by the review form for DEREGISTER
 */
public record Admission(boolean admissible, Instant filingDeadline, Instant reviewDueAt, Instant escalateAt,
                        boolean immediateReview, String summary, List<RefusalGround> deregistrationGrounds) {

    public Admission {
        deregistrationGrounds = deregistrationGrounds == null ? List.of() : List.copyOf(deregistrationGrounds);
    }
}
