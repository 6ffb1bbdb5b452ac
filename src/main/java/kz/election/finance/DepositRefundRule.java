package kz.election.finance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Whether a candidate's election deposit is refunded after the result (docs/RULES.md, Money): when the
 * candidate was elected, received at least the ruleset's share of the votes (5 %), or died; otherwise it
 * goes to the budget. The share is the tabulation's: votes of all ballots found in the boxes.
 */
public final class DepositRefundRule {

    public enum Decision { REFUND, TO_BUDGET }

    public enum Ground { ELECTED, VOTE_SHARE, DEATH, BELOW_SHARE }

    /** What the rule decided and why, in words for the decision log. */
    public record Refund(Decision decision, Ground ground, String reason) {
    }

    private DepositRefundRule() {
    }

    /**
     * @param sharePercent the candidate's share of the votes in percent (12.50), null when the candidate was
     *                     not on the counted ballot
     * @param minShare     the ruleset's depositRefundMinVoteShare, a share between 0 and 1 (0.05)
     */
    public static Refund decide(boolean elected, BigDecimal sharePercent, BigDecimal minShare, boolean died) {
        Objects.requireNonNull(minShare, "minShare");
        BigDecimal minPercent = minShare.movePointRight(2);
        if (elected) {
            return new Refund(Decision.REFUND, Ground.ELECTED, "elected");
        }
        if (sharePercent != null && sharePercent.compareTo(minPercent) >= 0) {
            return new Refund(Decision.REFUND, Ground.VOTE_SHARE, sharePercent.toPlainString() + " % of the votes, at least "
                    + minPercent.stripTrailingZeros().toPlainString() + " %");
        }
        if (died) {
            return new Refund(Decision.REFUND, Ground.DEATH, "the candidate died");
        }
        return new Refund(Decision.TO_BUDGET, Ground.BELOW_SHARE, (sharePercent == null ? "no votes counted"
                : sharePercent.toPlainString() + " % of the votes") + ", under "
                + minPercent.stripTrailingZeros().toPlainString() + " %, not elected: the deposit goes to the budget");
    }
}
