package kz.election.finance;

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
public record FundReportRequest(BigDecimal income, Map<String, BigDecimal> spending, boolean fromPaper) {
}
