package kz.election.candidate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import kz.election.common.FieldViolation;

/** Sums of tenge as the law counts them: exact decimals with at most two places (tiyn), never floating point. */
public final class Money {

    /** numeric(15, 2): 13 digits of tenge. */
    private static final BigDecimal LIMIT = new BigDecimal("9999999999999.99");

    private Money() {
    }

    /** "425000.00 KZT": the amount as stored, with its two places. */
    public static String tenge(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString() + " KZT";
    }

    /**
     * A sum sent by a form or a REST caller: a decimal text ("425000.50", a comma is read as the point) or a
     * whole number. A fraction sent as a floating-point number is read from its shortest decimal form.
     */
    public static Optional<BigDecimal> parse(Object value) {
        if (value instanceof BigDecimal exact) {
            return Optional.of(exact);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? Optional.of(BigDecimal.valueOf(d)) : Optional.empty();
        }
        if (value instanceof String text && text.strip().matches("-?[0-9]{1,15}([.,][0-9]{1,15})?")) {
            return Optional.of(new BigDecimal(text.strip().replace(',', '.')));
        }
        return Optional.empty();
    }

    /** What is wrong with a sum given in {@code field}, or empty when it is a sum of tenge the tables can hold. */
    public static Optional<FieldViolation> problem(String field, BigDecimal amount, boolean zeroAllowed) {
        if (amount == null) {
            return Optional.of(new FieldViolation(field, "is required: a sum of tenge such as 425000.00"));
        }
        if (amount.signum() < 0 || !zeroAllowed && amount.signum() == 0) {
            return Optional.of(new FieldViolation(field, zeroAllowed ? "must not be negative" : "must be more than 0"));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return Optional.of(new FieldViolation(field, "has more than 2 decimal places (tiyn): " + amount.toPlainString()));
        }
        if (amount.compareTo(LIMIT) > 0) {
            return Optional.of(new FieldViolation(field, "is larger than " + LIMIT.toPlainString()));
        }
        return Optional.empty();
    }
}
