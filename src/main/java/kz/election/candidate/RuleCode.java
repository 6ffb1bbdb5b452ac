package kz.election.candidate;

/**
 * The stable codes of the eligibility rules, in the order the checklist shows them: identity first,
 * then the person, then the nomination, then the file. Codes are stored and mapped to refusal
 * grounds, so never rename one.
 *
 * <p>Default citations name the law as far as it could be read (see docs/RULES.md); the ruleset's
 * citation, when given, replaces them ({@link EligibilityParameters#citations()}).
 */
public enum RuleCode {
    IIN_VALID("IIN is a valid identification number", Citations.IIN_LAW),
    IIN_MATCHES_BIRTH_DATE("IIN matches the stated birth date", Citations.IIN_LAW),
    CITIZEN("Candidate is a citizen of Kazakhstan", Citations.AKIM_CHAPTER),
    AGE_ON_ELECTION_DAY("Candidate has reached the minimum age on election day", Citations.AKIM_CHAPTER),
    LEGAL_CAPACITY_DECLARED("Candidate is legally capable", Citations.AKIM_CHAPTER),
    NO_CRIMINAL_RECORD_DECLARED("Candidate has no criminal record", Citations.CRIMINAL_RECORD),
    NO_CORRUPTION_OFFENCE_DECLARED("Candidate has committed no corruption offence", Citations.AKIM_CHAPTER),
    QUALIFICATION("Candidate meets the civil-service requirements of the post", Citations.AKIM_CHAPTER),
    NOT_ALREADY_NOMINATED("Person is not already nominated in this election", Citations.AKIM_CHAPTER),
    ONE_CANDIDATE_PER_PARTY("Party nominates at most one candidate", Citations.AKIM_CHAPTER),
    FILED_IN_NOMINATION_WINDOW("Nomination filed within the nomination period", Citations.AKIM_CHAPTER),
    DOCUMENTS_COMPLETE("Nomination file holds every required document", Citations.AKIM_CHAPTER),
    SIGNATURES_THRESHOLD("Self-nominee submitted enough voter signatures", Citations.AKIM_CHAPTER),
    SIGNATURE_SAMPLE("Sample check of signatures is within the invalid limit", Citations.AKIM_CHAPTER),
    DEPOSIT_PAID("Election deposit is paid", Citations.AKIM_CHAPTER);

    private final String businessName;
    private final String defaultCitation;

    RuleCode(String businessName, String defaultCitation) {
        this.businessName = businessName;
        this.defaultCitation = defaultCitation;
    }

    public String businessName() {
        return businessName;
    }

    public String defaultCitation() {
        return defaultCitation;
    }

    private static final class Citations {
        static final String ELECTION_LAW =
                "Constitutional Law \"On Elections in the Republic of Kazakhstan\" No. 2464 of 28.09.1995";
        // the akim chapter's article numbers could not be confirmed: the ruleset's citation replaces this
        static final String AKIM_CHAPTER = ELECTION_LAW
                + ", akim elections (Art. 113-1 ff., as added by No. 41-VII of 24.05.2021 and No. 156-VII"
                + " of 05.11.2022); article to be confirmed";
        static final String CRIMINAL_RECORD = ELECTION_LAW + ", Art. 4 para. 4";
        static final String IIN_LAW =
                "Law \"On National Registers of Identification Numbers\" No. 223-III of 12.01.2007";
    }
}
