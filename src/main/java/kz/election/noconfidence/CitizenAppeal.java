package kz.election.noconfidence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded citizens' appeal, its terms under the APPC and the secretariat's answer: FORWARDED to another
 * body, MOTION_FILED with its motion, or NO_MOTION; an extension of the term, if any, with its reasons.
 */
public record CitizenAppeal(String appealNumber, String electionNumber, String citizenName, String citizenContact,
                            LocalDate receivedOn, String summary, String recordedBy, String outcome,
                            String outcomeNote, String motionNumber, String answeredBy, Instant answeredAt,
                            String citizenEmail, String citizenLanguage, LocalDate forwardDueOn, LocalDate answerDueOn,
                            String forwardedTo, LocalDate forwardedOn, LocalDate extendedUntil, String extensionReason,
                            LocalDate extendedOn, LocalDate extensionNoticeDueOn) {

    /** The appeal without who wrote it and how to reach them, for those who do not decide on it. */
    public CitizenAppeal withoutAuthor() {
        return new CitizenAppeal(appealNumber, electionNumber, null, null, receivedOn, summary, recordedBy, outcome,
                outcomeNote, motionNumber, answeredBy, answeredAt, null, null, forwardDueOn, answerDueOn, forwardedTo,
                forwardedOn, extendedUntil, extensionReason, extendedOn, extensionNoticeDueOn);
    }
}
