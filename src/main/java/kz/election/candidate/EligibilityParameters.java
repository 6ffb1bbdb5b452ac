package kz.election.candidate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import kz.election.ruleset.NominationType;

/**
 * The ruleset's numbers and lists that eligibility depends on. Every value comes from the versioned
 * ruleset of the election (the law changes), never from a literal in the rules.
 *
 * @param minimumAge age the candidate must have reached on election day (25)
 * @param signatureShare share of the election's voters a self-nominee needs as signatures (0.01)
 * @param signatureRounding how a fractional threshold is rounded (UP: 1,204 voters need 13)
 * @param failingInvalidSignatureShare largest share of invalid signatures in the sample that still passes (0.05)
 * @param requiredDocuments the documents a file must hold, per nomination type
 * @param depositRequired whether this election's level requires an election deposit
 * @param qualificationItems the civil-service requirements of the post, answered by staff
 * @param citations legal citation per rule from the ruleset; rules without one use their default
 * @param unconfirmed the rules whose ruleset value is marked U (no source found): staff see the mark on the
 *                    checklist line where they decide (docs/RULES.md, the marks)
 * @param depositAmount the deposit this election requires, in tenge (the year's minimum wage times the level's
 *                      number of them), or null where the ruleset predates the amount check and the
 *                      receipt's number is enough
 */
public record EligibilityParameters(
        int minimumAge,
        BigDecimal signatureShare,
        RoundingMode signatureRounding,
        BigDecimal failingInvalidSignatureShare,
        Map<NominationType, List<RequiredDocument>> requiredDocuments,
        boolean depositRequired,
        List<QualificationItem> qualificationItems,
        Map<RuleCode, String> citations,
        Set<RuleCode> unconfirmed,
        BigDecimal depositAmount) {

    public EligibilityParameters(int minimumAge, BigDecimal signatureShare, RoundingMode signatureRounding,
                                 BigDecimal failingInvalidSignatureShare,
                                 Map<NominationType, List<RequiredDocument>> requiredDocuments, boolean depositRequired,
                                 List<QualificationItem> qualificationItems, Map<RuleCode, String> citations,
                                 Set<RuleCode> unconfirmed) {
        this(minimumAge, signatureShare, signatureRounding, failingInvalidSignatureShare, requiredDocuments,
                depositRequired, qualificationItems, citations, unconfirmed, null);
    }

    public EligibilityParameters(int minimumAge, BigDecimal signatureShare, RoundingMode signatureRounding,
                                 BigDecimal failingInvalidSignatureShare,
                                 Map<NominationType, List<RequiredDocument>> requiredDocuments, boolean depositRequired,
                                 List<QualificationItem> qualificationItems, Map<RuleCode, String> citations) {
        this(minimumAge, signatureShare, signatureRounding, failingInvalidSignatureShare, requiredDocuments,
                depositRequired, qualificationItems, citations, Set.of());
    }

    public EligibilityParameters {
        if (minimumAge < 1) {
            throw new IllegalArgumentException("minimumAge must be positive, was " + minimumAge);
        }
        requireShare(signatureShare, "signatureShare");
        requireShare(failingInvalidSignatureShare, "failingInvalidSignatureShare");
        Objects.requireNonNull(signatureRounding, "signatureRounding");
        if (signatureRounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("signatureRounding must say how to round");
        }
        requiredDocuments = copyLists(requiredDocuments);
        qualificationItems = List.copyOf(qualificationItems);
        citations = citations == null ? Map.of() : Map.copyOf(citations);
        unconfirmed = unconfirmed == null ? Set.of() : Set.copyOf(unconfirmed);
        if (depositAmount != null && depositAmount.signum() < 0) {
            throw new IllegalArgumentException("depositAmount must not be negative, was " + depositAmount);
        }
    }

    /**
     * The same parameters with the deposit's amount; {@code unconfirmedAmount} marks the deposit's checklist
     * line U when the year's minimum wage is not confirmed.
     */
    public EligibilityParameters withDepositAmount(BigDecimal amount, boolean unconfirmedAmount) {
        Set<RuleCode> marks = new java.util.HashSet<>(unconfirmed);
        if (unconfirmedAmount) {
            marks.add(RuleCode.DEPOSIT_PAID);
        }
        return new EligibilityParameters(minimumAge, signatureShare, signatureRounding, failingInvalidSignatureShare,
                requiredDocuments, depositRequired, qualificationItems, citations, marks, amount);
    }

    public List<RequiredDocument> requiredDocumentsFor(NominationType type) {
        return requiredDocuments.getOrDefault(type, List.of());
    }

    /** The signatures a self-nominee needs: exact decimal arithmetic, so 1,200 x 0.01 is 12, not 12.000001. */
    public long requiredSignatures(long totalVoters) {
        return BigDecimal.valueOf(totalVoters)
                .multiply(signatureShare)
                .setScale(0, signatureRounding)
                .longValueExact();
    }

    public String citationFor(RuleCode code) {
        return citations.getOrDefault(code, code.defaultCitation());
    }

    private static void requireShare(BigDecimal share, String field) {
        Objects.requireNonNull(share, field);
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(field + " must be between 0 and 1, was " + share);
        }
    }

    private static Map<NominationType, List<RequiredDocument>> copyLists(
            Map<NominationType, List<RequiredDocument>> byType) {
        return byType.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        e -> List.copyOf(e.getValue())));
    }
}
