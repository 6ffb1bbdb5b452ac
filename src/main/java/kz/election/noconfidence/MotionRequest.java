package kz.election.noconfidence;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(description = "A motion of no confidence, or another early end of the term; every wrong field is named at once in the 400 answer")
public record MotionRequest(
        @Schema(description = "MOTION (when absent), or RESIGNATION / DISMISSAL / DEATH to record another early end of the term") CaseKind kind,
        @Schema(description = "the election that made the sitting akim; it must exist and its akim hold office", requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-RUR-0001") String electionNumber,
        @Schema(description = "the maslikhat that files the motion, or records the end of the term; a single line without control characters, at most 200 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String maslikhatName,
        @Schema(description = "required for a MOTION (the default kind): the maslikhat's total number of deputies, 1 to 500; the ruleset in force on filedOn sets the share of initiators needed", minimum = "1", maximum = "500") Integer deputiesTotal,
        @Schema(description = "required for a MOTION (the default kind): the initiating deputies, at least one, no name twice, no more than deputiesTotal") List<Initiator> initiators,
        @Schema(description = "required for a MOTION (the default kind): the ground; REPORTS_REJECTED_TWICE needs reportsRejectedOn, OTHER needs groundsText") MotionGround ground,
        @Schema(description = "the grounds in words, required for ground OTHER; a single line without control characters, at most 4000 characters", maxLength = 4000) String groundsText,
        @Schema(description = "for ground REPORTS_REJECTED_TWICE: the dates the maslikhat rejected the akim's reports, none empty") List<LocalDate> reportsRejectedOn,
        @Schema(description = "the day the motion was filed, not in the future; today (UTC+5) when absent; a ruleset must be in force on it") LocalDate filedOn,
        @Schema(description = "RESIGNATION, DISMISSAL, DEATH: the day the term ended, required; not in the future nor before the term began") LocalDate termEndedOn,
        @Schema(description = "RESIGNATION, DISMISSAL, DEATH: the document recording it, e.g. the resignation letter's number, or the dismissal act's number and date; required for them; a single line without control characters, at most 200 characters", maxLength = 200) String termEndReference,
        @Schema(description = "DISMISSAL: who dismissed the akim outside a motion, the President or the higher akim, named; required for it; a single line without control characters, at most 200 characters", maxLength = 200) String decidedByAuthority,
        @Schema(description = "not for a MOTION: the acting akim the higher akim appointed, if already known; a single line without control characters, at most 200 characters", maxLength = 200) String actingAkimName,
        @Schema(description = "with actingAkimName: the day the acting akim took over, not in the future nor before the term ended") LocalDate actingAkimFrom) {

    /** A case without a dismissal's authority and without an acting akim yet. */
    public MotionRequest(CaseKind kind, String electionNumber, String maslikhatName, Integer deputiesTotal,
                         List<Initiator> initiators, MotionGround ground, String groundsText,
                         List<LocalDate> reportsRejectedOn, LocalDate filedOn, LocalDate termEndedOn,
                         String termEndReference) {
        this(kind, electionNumber, maslikhatName, deputiesTotal, initiators, ground, groundsText, reportsRejectedOn,
                filedOn, termEndedOn, termEndReference, null, null, null);
    }
}
