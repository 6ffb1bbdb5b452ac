package kz.election.candidate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.election.common.ConflictException;
import kz.election.ruleset.NominationType;

/** One nomination as stored, with its checklist and decisions. */
public record Nomination(
        String referenceNumber,
        String electionNumber,
        String fullName,
        String iin,
        LocalDate birthDate,
        String citizenship,
        String address,
        String email,
        String language,
        NominationType nominationType,
        String partyName,
        int signaturesSubmitted,
        Integer signaturesChecked,
        Integer signaturesInvalid,
        String depositReceipt,
        Map<String, LocalDate> documents,
        Declarations declarations,
        Map<String, Boolean> qualificationAnswers,
        Instant filedAt,
        String filedBy,
        NominationStatus status,
        List<RuleResult> checklist,
        Instant decisionDueAt,
        Instant decisionOverdueAt,
        String decision,
        List<String> groundCodes,
        String reasoning,
        String decidedBy,
        Instant decidedAt,
        String registrationNumber,
        Integer registrationOrder,
        Instant removedAt,
        String removedBy,
        String withdrawalReason,
        String deregistrationGround,
        String deregistrationReason) {

    public String nominatedBy() {
        return nominationType == NominationType.PARTY ? partyName : RegisteredCandidate.SELF_NOMINATED;
    }

    /** A step that acts on a nomination in one status only is refused (409) in any other. */
    public void requireStatus(NominationStatus expected) {
        if (status != expected) {
            throw new ConflictException("nomination " + referenceNumber + " is " + status + ", not " + expected);
        }
    }

    public SignatureSample signatureSample() {
        return signaturesChecked == null ? null : new SignatureSample(signaturesChecked, signaturesInvalid);
    }
}
