package kz.election.complaint;

import java.util.Optional;
import kz.election.commission.Commission;
import kz.election.commission.Registers;
import kz.election.common.InvalidInputException;
import kz.election.election.Election;
import org.springframework.stereotype.Component;

/**
 * Which commission reviews a complaint: the one above the commission whose act it challenges. A
 * precinct's protocol and what happened at a polling station on election day are a precinct commission's
 * acts, reviewed by the territorial commission organizing the election; a registration decision, a
 * refusal and the established result are that territorial commission's acts, reviewed by the commission
 * above it (the oblast's). A court takes an appeal against the review (recordCourtAppeal).
 */
@Component
public class ComplaintReviewers {

    private final Registers registers;

    public ComplaintReviewers(Registers registers) {
        this.registers = registers;
    }

    /** Whose act the subject is: a precinct commission's, or the organizing commission's own. */
    static boolean isPrecinctCommissionAct(ComplaintSubject subject) {
        return subject == ComplaintSubject.PRECINCT_PROTOCOL || subject == ComplaintSubject.ELECTION_DAY_VIOLATION;
    }

    /** Whether a subject as sent (a form's text) names an act of the organizing commission itself. */
    public static boolean isOrganizersAct(String subject) {
        for (ComplaintSubject known : ComplaintSubject.values()) {
            if (known.name().equals(subject)) {
                return !isPrecinctCommissionAct(known);
            }
        }
        return false;
    }

    /** The reviewing commission; empty for an election from before the registers (no organizer stored). */
    public Optional<Commission> reviewerOf(ComplaintSubject subject, Election election) {
        if (election.organizerCode() == null) {
            return Optional.empty();
        }
        if (isPrecinctCommissionAct(subject)) {
            return registers.commission(election.organizerCode());
        }
        return Optional.of(registers.parentOf(election.organizerCode()).orElseThrow(() -> new InvalidInputException(
                "subject", "the act of " + election.organizerCode() + " is reviewed by the commission above it,"
                        + " and the register names none")));
    }
}
