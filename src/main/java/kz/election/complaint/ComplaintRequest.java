package kz.election.complaint;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A complaint as the Tasklist start form or {@code POST /api/complaints} files it. Every field may be
 * missing or wrong; {@link ComplaintService#file} names each bad one.
 *
 * @param subjectReference the nomination reference (REGISTRATION_DECISION, REFUSAL), the precinct
 *                         number (PRECINCT_PROTOCOL), or a short description (RESULT, ELECTION_DAY_VIOLATION)
 * @param actDate          the day of the act complained of; the filing deadline runs from it
 */
@Schema(description = "A complaint; every wrong field is named at once in the 400 answer")
public record ComplaintRequest(
        @Schema(description = "the election the complaint concerns, which must exist", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40, example = "2026-RUR-0001") String electionNumber,
        @Schema(description = "who complains", requiredMode = Schema.RequiredMode.REQUIRED) ComplainantRole complainantRole,
        @Schema(description = "the complainant's name; a single line without control characters, at most 200 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String complainantName,
        @Schema(description = "where the complainant is answered; at most 320 characters", requiredMode = Schema.RequiredMode.REQUIRED, format = "email", maxLength = 320) String complainantEmail,
        @Schema(description = "the complainant's language for the answer", requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"kk", "ru", "en"}) String complainantLanguage,
        @Schema(description = "what is complained of", requiredMode = Schema.RequiredMode.REQUIRED) ComplaintSubject subject,
        @Schema(description = "the nomination reference of this election (REGISTRATION_DECISION, REFUSAL), the number of a precinct of this election (PRECINCT_PROTOCOL), or a short description (RESULT, ELECTION_DAY_VIOLATION); a single line without control characters, at most 100 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String subjectReference,
        @Schema(description = "the day of the act complained of, not in the future; the filing deadline of the election's ruleset runs from it (a late complaint is stored and answered as inadmissible unless admitted)", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate actDate,
        @Schema(description = "the complaint itself, at most 20000 characters, no control characters but line breaks and tabs", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20000) String text) {
}
