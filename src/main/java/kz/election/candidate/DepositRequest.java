package kz.election.candidate;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A deposit receipt as the candidate's side or the commission gives it (over /api or in the review form).
 *
 * @param amount           tenge paid, at most 2 decimal places (tiyn)
 * @param paidOn           the payment's date
 * @param paymentReference the bank's reference of the payment, as printed on the receipt
 */
public record DepositRequest(
        @Schema(description = "the sum paid, tenge with at most 2 decimals, more than 0; registration asks for at least the year's minimum wage times the level's number of them", requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", exclusiveMinimum = true, maximum = "9999999999999.99", example = "425000.00") BigDecimal amount,
        @Schema(description = "the payment's date, not in the future nor before the election was called", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate paidOn,
        @Schema(description = "the bank's reference of the payment; a single line without control characters, at most 100 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String paymentReference) {
}
