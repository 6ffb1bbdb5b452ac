package kz.election.finance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A candidate's report on the election fund, as the candidate's side submits it or the commission records
 * it from paper.
 *
 * @param income   everything paid into the fund (the budget's equal funding included), tenge
 * @param spending tenge spent per category ({@link SpendingCategory} names); a category not listed is 0
 * @param fromPaper true when the commission records a report handed in on paper
 */
public record FundReportRequest(
        @Schema(description = "everything paid into the fund, tenge with at most 2 decimals, not negative", requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "9999999999999.99") BigDecimal income,
        @Schema(description = "tenge spent per category, each at most 2 decimals and not negative, their sum not more than income; the keys are MEDIA, PRINTED_MATERIALS, PUBLIC_EVENTS, PREMISES, TRANSPORT, OTHER (an empty object when nothing was spent)", requiredMode = Schema.RequiredMode.REQUIRED) Map<String, BigDecimal> spending,
        @Schema(description = "true when the commission records a report handed in on paper; false (the default) when the candidate's side submits it") boolean fromPaper) {
}
