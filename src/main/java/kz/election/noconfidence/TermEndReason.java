package kz.election.noconfidence;

/** How an akim's term ended early, as the election's result records it (PROCESS-CONTRACTS: AkimTerms#end). */
public enum TermEndReason {
    DISMISSED, RESIGNED, DIED
}
