package kz.election.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.election.candidate.Money;
import kz.election.common.FieldViolation;

/**
 * The checks of a fund report: every sum exact tenge and not negative, the categories known, and the
 * spending in total not above the income. Each failure names its field ({@code spending.MEDIA}).
 */
public final class FundReportRules {

    /** A report that passed its checks: the spending per category (every category present) and its total. */
    public record CheckedReport(BigDecimal income, Map<SpendingCategory, BigDecimal> spending, BigDecimal spendingTotal) {
    }

    private FundReportRules() {
    }

    public static List<FieldViolation> violations(FundReportRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request == null) {
            return List.of(new FieldViolation("income", "is required"), new FieldViolation("spending", "is required"));
        }
        Money.problem("income", request.income(), true).ifPresent(violations::add);
        if (request.spending() == null) {
            violations.add(new FieldViolation("spending", "is required: tenge per category, one of "
                    + Arrays.toString(SpendingCategory.values()) + " (an empty object when nothing was spent)"));
            return violations;
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean sumsValid = true;
        for (Map.Entry<String, BigDecimal> line : request.spending().entrySet()) {
            String field = "spending." + line.getKey();
            if (Arrays.stream(SpendingCategory.values()).noneMatch(c -> c.name().equals(line.getKey()))) {
                violations.add(new FieldViolation(field, "is no category of spending; the categories are "
                        + Arrays.toString(SpendingCategory.values())));
                sumsValid = false;
                continue;
            }
            var problem = Money.problem(field, line.getValue(), true);
            problem.ifPresent(violations::add);
            if (problem.isPresent()) {
                sumsValid = false;
            } else {
                total = total.add(line.getValue());
            }
        }
        if (sumsValid && request.income() != null && Money.problem("income", request.income(), true).isEmpty()
                && total.compareTo(request.income()) > 0) {
            violations.add(new FieldViolation("spending", "spent " + Money.tenge(total) + " in total, more than the income of "
                    + Money.tenge(request.income()) + ": the fund cannot spend what it did not receive"));
        }
        return violations;
    }

    /** The report's sums once {@link #violations} found nothing. */
    public static CheckedReport checked(FundReportRequest request) {
        Map<SpendingCategory, BigDecimal> spending = new EnumMap<>(SpendingCategory.class);
        for (SpendingCategory category : SpendingCategory.values()) {
            spending.put(category, request.spending().getOrDefault(category.name(), BigDecimal.ZERO).setScale(2));
        }
        BigDecimal total = spending.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        return new CheckedReport(request.income().setScale(2), spending, total);
    }
}
