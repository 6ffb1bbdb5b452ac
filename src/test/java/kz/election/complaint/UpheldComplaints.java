package kz.election.complaint;

import kz.election.common.ElectionTime;
import org.springframework.stereotype.Component;

/**
 * Stored complaints decided as a complaints officer decides them (filed, admitted, decided through
 * {@link ComplaintService} and {@link ComplaintReview}), for stories of other processes whose remedy steps need the stored decision
 * that orders them. The complaint's own process is not started: the story sends the remedy's message itself.
 */
@Component
public class UpheldComplaints {

    public static final String OFFICER = "demo-complaints";

    private final ComplaintService complaints;
    private final ComplaintReview review;

    UpheldComplaints(ComplaintService complaints, ComplaintReview review) {
        this.complaints = complaints;
        this.review = review;
    }

    /** A complaint about the election, upheld with this remedy; returns its number. */
    public String upheld(String electionNumber, Remedy remedy) {
        return upheld(electionNumber, remedy, "The act was unlawful.");
    }

    /** The same, with the decision's reasons: the remedy's records name them. */
    public String upheld(String electionNumber, Remedy remedy, String reasons) {
        String number = admitted(electionNumber);
        review.decide(number, new ComplaintDecision(ComplaintDecision.UPHOLD, reasons, remedy), OFFICER, null);
        return number;
    }

    /** A complaint about the election, dismissed; returns its number. */
    public String dismissed(String electionNumber) {
        String number = admitted(electionNumber);
        review.decide(number, new ComplaintDecision(ComplaintDecision.DISMISS, "No violation was found.", null),
                OFFICER, null);
        return number;
    }

    private String admitted(String electionNumber) {
        String number = complaints.file(new ComplaintRequest(electionNumber, ComplainantRole.OBSERVER, "Dana Observer",
                "observer@example.kz", "ru", ComplaintSubject.ELECTION_DAY_VIOLATION, "the act complained of", ElectionTime.today(),
                "What happened, as the observer saw it."), OFFICER).complaintNumber();
        complaints.admit(number, null);
        return number;
    }
}
