package kz.election.noconfidence;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A citizens' appeal asking the maslikhat for a motion of no confidence, as staff record it.
 *
 * @param citizenContact  an address or phone number for the answer; optional
 * @param receivedOn      the day the appeal arrived; today (UTC+5) when absent
 * @param citizenEmail    where the acknowledgement, a forwarding or extension notice and the answer are mailed;
 *                        optional: without it the secretariat tells the citizens by the contact given
 * @param citizenLanguage kk, ru or en: the language of those mails (required with an e-mail address)
 */
@Schema(description = "A citizens' appeal for a motion of no confidence, as staff record it")
public record AppealRequest(@Schema(description = "the election that made the akim, which must exist", requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-RUR-0001") String electionNumber, @Schema(description = "who appealed; a single line without control characters, at most 200 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String citizenName, @Schema(description = "an address or phone number for the answer; a single line without control characters, at most 320 characters", maxLength = 320) String citizenContact, @Schema(description = "the day the appeal arrived, not in the future; today (UTC+5) when absent") LocalDate receivedOn,
                            @Schema(description = "what the citizens ask, at most 4000 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) String summary,
                            @Schema(description = "where the acknowledgement, a forwarding or extension notice and the answer are mailed; optional; a valid e-mail address", format = "email", maxLength = 320) String citizenEmail,
                            @Schema(description = "the language of the mails to the citizens; required with citizenEmail", allowableValues = {"kk", "ru", "en"}) String citizenLanguage) {

    /** An appeal whose authors gave no e-mail address. */
    public AppealRequest(String electionNumber, String citizenName, String citizenContact, LocalDate receivedOn,
                         String summary) {
        this(electionNumber, citizenName, citizenContact, receivedOn, summary, null, null);
    }
}
