package kz.election.noconfidence;

import java.time.LocalDate;
import java.util.List;

/**
 * What the maslikhat secretariat files (REST or the Tasklist start form). Every field may be missing
 * or wrong: {@link MotionService#file} reports all problems at once, by these names.
 *
 * @param kind              MOTION (default), or RESIGNATION / DEATH to record another early end of the term
 * @param electionNumber    the election that made the sitting akim
 * @param deputiesTotal     the maslikhat's total number of deputies (MOTION)
 * @param initiators        the initiating deputies with their signature dates (MOTION)
 * @param reportsRejectedOn the dates the maslikhat rejected the akim's reports (ground REPORTS_REJECTED_TWICE)
 * @param filedOn           the day the motion was filed; today (UTC+5) when absent
 * @param termEndedOn       the day of the resignation or death (RESIGNATION, DEATH)
 * @param termEndReference  the document recording it, e.g. the resignation letter's number (RESIGNATION, DEATH);
 *                          for a DISMISSAL the act's number and date
 * @param decidedByAuthority who dismissed the akim outside a motion: the President or the higher akim, named (DISMISSAL)
 * @param actingAkimName    the acting akim the higher akim appointed, if already known (not for a MOTION)
 * @param actingAkimFrom    from when they act (with actingAkimName)
 */
public record MotionRequest(
        CaseKind kind,
        String electionNumber,
        String maslikhatName,
        Integer deputiesTotal,
        List<Initiator> initiators,
        MotionGround ground,
        String groundsText,
        List<LocalDate> reportsRejectedOn,
        LocalDate filedOn,
        LocalDate termEndedOn,
        String termEndReference,
        String decidedByAuthority,
        String actingAkimName,
        LocalDate actingAkimFrom) {

    /** A case without a dismissal's authority and without an acting akim yet. */
    public MotionRequest(CaseKind kind, String electionNumber, String maslikhatName, Integer deputiesTotal,
                         List<Initiator> initiators, MotionGround ground, String groundsText,
                         List<LocalDate> reportsRejectedOn, LocalDate filedOn, LocalDate termEndedOn,
                         String termEndReference) {
        this(kind, electionNumber, maslikhatName, deputiesTotal, initiators, ground, groundsText, reportsRejectedOn,
                filedOn, termEndedOn, termEndReference, null, null, null);
    }
}
