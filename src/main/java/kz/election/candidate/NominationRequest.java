package kz.election.candidate;

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
public record NominationRequest(
        String fullName,
        String iin,
        LocalDate birthDate,
        String citizenship,
        String address,
        String email,
        String language,
        NominationType nominationType,
        String partyName,
        Map<String, LocalDate> documents,
        Integer signaturesSubmitted,
        String depositReceipt,
        boolean legalCapacityDeclared,
        boolean noCriminalRecordDeclared,
        boolean noCorruptionOffenceDeclared) {
}
