package kz.election.candidate;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Map;
import kz.election.ruleset.NominationType;

/**
 * A nomination as staff file it, from the Tasklist start form or {@code POST /api/elections/{number}/nominations}.
 * Every field may be missing or wrong: {@link NominationFiling#file} reports all problems at once.
 *
 * @param citizenship     ISO 3166 alpha-2, "KZ" for Kazakhstan
 * @param language        the candidate's language for mail: kk, ru or en
 * @param partyName       the nominating party when {@code nominationType} is PARTY
 * @param documents       document code (the ruleset's) to the day it was received
 * @param depositReceipt  the deposit receipt's number, where the ruleset wants a deposit
 * @param legalCapacityDeclared        the candidate declared legal capacity
 * @param noCriminalRecordDeclared     the candidate declared no criminal record
 * @param noCorruptionOffenceDeclared  the candidate declared no corruption offence
 */
@Schema(description = "A nomination as staff file it; every wrong field is named at once in the 400 answer")
public record NominationRequest(
        @Schema(description = "the nominee's full name; a single line without control characters, at most 200 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String fullName,
        @Schema(description = "the nominee's IIN, 12 digits; refused when the same person already stands in this election. Never shown in logs or public pages", requiredMode = Schema.RequiredMode.REQUIRED, pattern = "[0-9]{12}") String iin,
        @Schema(description = "the nominee's date of birth; the eligibility check reads the minimum age of the ruleset of the election against election day", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate birthDate,
        @Schema(description = "ISO 3166 alpha-2 country code, KZ for Kazakhstan; the eligibility check reads it", requiredMode = Schema.RequiredMode.REQUIRED, pattern = "[A-Za-z]{2}") String citizenship,
        @Schema(description = "the nominee's address; a single line without control characters, at most 200 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String address,
        @Schema(description = "the nominee's e-mail address: every decision is mailed there; at most 254 characters", requiredMode = Schema.RequiredMode.REQUIRED, format = "email", maxLength = 254) String email,
        @Schema(description = "the nominee's language for mail", requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"kk", "ru", "en"}) String language,
        @Schema(description = "nominated by a party, or self-nominated", requiredMode = Schema.RequiredMode.REQUIRED) NominationType nominationType,
        @Schema(description = "the nominating party: required for PARTY, and must be empty for SELF; a single line without control characters, at most 200 characters", maxLength = 200) String partyName,
        @Schema(description = "document code to the day it was received, not in the future; codes from the ruleset of the election (its required documents for the nomination type); an unknown code is refused, a missing one is a finding of the review") Map<String, LocalDate> documents,
        @Schema(description = "the signatures submitted (self-nomination), not negative; the ruleset of the election sets how many are needed", minimum = "0") Integer signaturesSubmitted,
        @Schema(description = "the deposit receipt's number where the ruleset of the election asks for a deposit; a single line without control characters, at most 100 characters", maxLength = 100) String depositReceipt,
        @Schema(description = "the nominee declared legal capacity; false or absent is recorded as not declared") boolean legalCapacityDeclared,
        @Schema(description = "the nominee declared no criminal record; false or absent is recorded as not declared") boolean noCriminalRecordDeclared,
        @Schema(description = "the nominee declared no corruption offence; false or absent is recorded as not declared") boolean noCorruptionOffenceDeclared) {
}
