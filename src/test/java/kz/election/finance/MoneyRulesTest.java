package kz.election.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.election.common.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The refund of a deposit after the result, and the checks of a fund report (docs/RULES.md, Money). */
class MoneyRulesTest {

    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");

    @ParameterizedTest(name = "elected {0}, {1} %, died {2} -> {3} ({4})")
    @CsvSource(nullValues = "none", value = {
            "true,  2.00,  false, REFUND,    ELECTED",
            "false, 5.00,  false, REFUND,    VOTE_SHARE",
            "false, 31.43, false, REFUND,    VOTE_SHARE",
            "false, 4.99,  false, TO_BUDGET, BELOW_SHARE",
            "false, 4.99,  true,  REFUND,    DEATH",
            "false, none,  false, TO_BUDGET, BELOW_SHARE"})
    void refundsTheDepositOfTheElectedOfFivePercentOrOfTheDeceased(boolean elected, BigDecimal share, boolean died,
                                                                   DepositRefundRule.Decision decision,
                                                                   DepositRefundRule.Ground ground) {
        DepositRefundRule.Refund refund = DepositRefundRule.decide(elected, share, FIVE_PERCENT, died);

        assertThat(refund.decision()).isEqualTo(decision);
        assertThat(refund.ground()).isEqualTo(ground);
    }

    @Test
    void aReportThatSpendsWithinItsIncomePassesWithEveryCategoryAndTheExactTotal() {
        FundReportRequest report = new FundReportRequest(new BigDecimal("1000000.00"),
                Map.of("MEDIA", new BigDecimal("600000.10"), "PRINTED_MATERIALS", new BigDecimal("399999.90")), false);

        assertThat(FundReportRules.violations(report)).isEmpty();
        FundReportRules.CheckedReport checked = FundReportRules.checked(report);
        assertThat(checked.spendingTotal()).isEqualTo(new BigDecimal("1000000.00"));
        assertThat(checked.spending()).hasSize(SpendingCategory.values().length)
                .containsEntry(SpendingCategory.OTHER, new BigDecimal("0.00"));
    }

    @Test
    void spendingAboveTheIncomeIsRefusedNamingBothSums() {
        FundReportRequest report = new FundReportRequest(new BigDecimal("100.00"),
                Map.of("MEDIA", new BigDecimal("60.00"), "TRANSPORT", new BigDecimal("40.01")), false);

        assertThat(FundReportRules.violations(report)).containsExactly(new FieldViolation("spending",
                "spent 100.01 KZT in total, more than the income of 100.00 KZT: the fund cannot spend what it did not receive"));
    }

    @Test
    void namesEveryWrongSumAndCategory() {
        Map<String, BigDecimal> spending = new LinkedHashMap<>();
        spending.put("BRIBES", new BigDecimal("1"));
        spending.put("MEDIA", new BigDecimal("-5"));
        spending.put("PREMISES", new BigDecimal("0.001"));
        FundReportRequest report = new FundReportRequest(null, spending, false);

        assertThat(FundReportRules.violations(report)).extracting(FieldViolation::field)
                .containsExactly("income", "spending.BRIBES", "spending.MEDIA", "spending.PREMISES");
    }
}
