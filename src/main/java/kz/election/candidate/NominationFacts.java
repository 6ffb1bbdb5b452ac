package kz.election.candidate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import kz.election.ruleset.NominationType;

/**
 * What was filed for one nomination, plus the facts of its election: the whole input of the
 * eligibility check. Filed values may be missing (null or empty): reporting that is the rules' job,
 * so only the parts the check cannot run without are required here.
 *
 * @param iin the IIN as typed on the application, checked by the IIN rules
 * @param birthDate the birth date stated on the application, or null
 * @param citizenship ISO 3166 alpha-2 code of the stated citizenship ("KZ"), or null
 * @param partyName the nominating party for {@link NominationType#PARTY}, else null
 * @param documentsReceived document code to the date staff received it
 * @param signatureSample the staff's sample check of the signature sheets, or null until recorded
 * @param qualificationAnswers qualification item code to staff's answer (met or not); absent = not yet answered
 * @param depositPaid the amount of the deposit receipt recorded (tenge), or null when none is recorded
 */
public record NominationFacts(
        String fullName,
        String iin,
        LocalDate birthDate,
        String citizenship,
        NominationType nominationType,
        String partyName,
        Map<String, LocalDate> documentsReceived,
        int signaturesSubmitted,
        SignatureSample signatureSample,
        boolean depositReceiptPresent,
        Declarations declarations,
        Map<String, Boolean> qualificationAnswers,
        Instant filedAt,
        ElectionFacts election,
        BigDecimal depositPaid) {

    public NominationFacts(String fullName, String iin, LocalDate birthDate, String citizenship,
                           NominationType nominationType, String partyName, Map<String, LocalDate> documentsReceived,
                           int signaturesSubmitted, SignatureSample signatureSample, boolean depositReceiptPresent,
                           Declarations declarations, Map<String, Boolean> qualificationAnswers, Instant filedAt,
                           ElectionFacts election) {
        this(fullName, iin, birthDate, citizenship, nominationType, partyName, documentsReceived, signaturesSubmitted,
                signatureSample, depositReceiptPresent, declarations, qualificationAnswers, filedAt, election, null);
    }

    public NominationFacts {
        Objects.requireNonNull(nominationType, "nominationType");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(election, "election");
        if (signaturesSubmitted < 0) {
            throw new IllegalArgumentException("signaturesSubmitted must not be negative");
        }
        documentsReceived = documentsReceived == null ? Map.of() : Map.copyOf(documentsReceived);
        qualificationAnswers = qualificationAnswers == null ? Map.of() : Map.copyOf(qualificationAnswers);
        declarations = declarations == null ? Declarations.none() : declarations;
    }
}
