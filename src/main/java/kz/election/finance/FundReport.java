package kz.election.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A registered candidate's report on the election fund: due after the result, then as submitted, and the
 * commission's decision on a late or missing one.
 *
 * @param spending     tenge per category, every category present once submitted, else null
 * @param submittedVia CANDIDATE (the candidate's side) or PAPER (recorded by the commission), null until submitted
 * @param late         submitted after {@code dueAt}, or not at all once it passed
 * @param decision     ACCEPT_LATE or REFER, the commission's decision on a late or missing report, else null
 */
public record FundReport(
        String nominationReference,
        String registrationNumber,
        String candidateName,
        Instant dueAt,
        BigDecimal publicFunding,
        BigDecimal income,
        Map<String, BigDecimal> spending,
        BigDecimal spendingTotal,
        String submittedVia,
        String submittedBy,
        Instant submittedAt,
        boolean late,
        String decision,
        String decisionReasons,
        String decidedBy,
        Instant decidedAt) {
}
