package kz.election.candidate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A nominee's election deposit as paid, and what became of it after the result.
 *
 * @param amount           tenge, exact
 * @param paymentReference the bank's reference of the payment (its receipt number)
 * @param refundDecision   REFUND or TO_BUDGET once the result decided it, else null
 * @param refundGround     ELECTED, VOTE_SHARE, DEATH or BELOW_SHARE with the decision
 * @param voteSharePercent the candidate's share of the votes the decision was taken on, or null
 */
public record DepositReceipt(
        String nominationReference,
        BigDecimal amount,
        LocalDate paidOn,
        String paymentReference,
        String recordedBy,
        Instant recordedAt,
        String refundDecision,
        String refundGround,
        BigDecimal voteSharePercent,
        Instant refundDecidedAt) {
}
