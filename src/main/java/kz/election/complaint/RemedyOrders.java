package kz.election.complaint;

import java.time.Instant;
import java.util.Objects;
import kz.election.common.ConflictException;
import kz.election.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored decision that orders a remedy, for the steps that carry one out (annul the election, exclude
 * a precinct, deregister or reinstate a candidate). A remedy message names its complaint; the receiving
 * step loads that complaint and acts only when the commission upheld it, or a court overturned the
 * decision, with exactly this remedy on exactly this target. Anything else is refused with a
 * {@link ConflictException}, so the correlation fails and nothing is written, whoever sent it (trust:
 * defence in depth behind the engine's own grants, administrators included).
 */
@Service
@Transactional(readOnly = true)
public class RemedyOrders {

    /**
     * A remedy as a stored decision orders it.
     *
     * @param orderedBy the complaints officer who recorded the decision (or the court's ruling)
     * @param reason    what the remedy's records name as its cause: "Complaint ... upheld: reasons" or the ruling
     */
    public record Order(String complaintNumber, String electionNumber, Remedy remedy, String orderedBy,
                        Instant orderedAt, String reason) {
    }

    private final ComplaintService complaints;

    RemedyOrders(ComplaintService complaints) {
        this.complaints = complaints;
    }

    /**
     * The order of this complaint for this remedy on this election and target.
     *
     * @param precinctNumber      the precinct for RECOUNT and ANNUL_PRECINCT, else null
     * @param nominationReference the nomination for DEREGISTER and REINSTATE, else null
     * @param groundCode          the deregistration ground for DEREGISTER, else null
     * @throws ConflictException when the complaint does not exist or orders no such remedy
     */
    public Order require(String complaintNumber, String electionNumber, RemedyKind kind, Integer precinctNumber,
                         String nominationReference, String groundCode) {
        Remedy wanted = new Remedy(kind, precinctNumber, nominationReference, groundCode);
        if (complaintNumber == null || complaintNumber.isBlank()) {
            throw refused(wanted, electionNumber, "no complaint is named (complaintNumber)");
        }
        Complaint c;
        try {
            c = complaints.byNumber(complaintNumber.strip());
        } catch (NotFoundException e) {
            throw refused(wanted, electionNumber, "complaint " + complaintNumber.strip() + " does not exist");
        }
        if (!c.electionNumber().equals(electionNumber)) {
            throw refused(wanted, electionNumber, "complaint " + c.complaintNumber() + " concerns election "
                    + c.electionNumber());
        }
        CourtAppeal court = c.courtAppeal();
        if (court != null && court.ruling() == CourtRuling.OVERTURNED) {
            // the court's ruling replaced the commission's decision: only its remedy is in force
            if (!Objects.equals(court.remedy(), wanted)) {
                throw refused(wanted, electionNumber, "the court overturned the decision on complaint "
                        + c.complaintNumber() + " and ordered " + describe(court.remedy()));
            }
            return new Order(c.complaintNumber(), electionNumber, wanted, court.rulingRecordedBy(),
                    court.rulingRecordedAt(), "Complaint " + c.complaintNumber() + ": court ruling " + court.caseNumber()
                    + ": " + court.rulingSummary());
        }
        if (!"UPHELD".equals(c.decision())) {
            throw refused(wanted, electionNumber, "complaint " + c.complaintNumber() + " is "
                    + (c.decision() == null ? "not decided" : c.decision()));
        }
        if (!Objects.equals(c.remedy(), wanted)) {
            throw refused(wanted, electionNumber, "complaint " + c.complaintNumber() + " was upheld with the remedy "
                    + describe(c.remedy()));
        }
        return new Order(c.complaintNumber(), electionNumber, wanted, c.decidedBy(), c.decidedAt(),
                "Complaint " + c.complaintNumber() + " upheld: " + c.reasons());
    }

    private static ConflictException refused(Remedy wanted, String electionNumber, String why) {
        return new ConflictException("Refused: " + wanted.describe() + " in election " + electionNumber
                + " needs a stored upheld complaint or court ruling that orders it; " + why);
    }

    private static String describe(Remedy remedy) {
        return remedy == null || remedy.kind() == null ? "none" : remedy.describe();
    }
}
