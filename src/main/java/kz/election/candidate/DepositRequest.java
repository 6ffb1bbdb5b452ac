package kz.election.candidate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A deposit receipt as the candidate's side or the commission gives it (over /api or in the review form).
 *
 * @param amount           tenge paid, at most 2 decimal places (tiyn)
 * @param paidOn           the payment's date
 * @param paymentReference the bank's reference of the payment, as printed on the receipt
 */
public record DepositRequest(BigDecimal amount, LocalDate paidOn, String paymentReference) {
}
