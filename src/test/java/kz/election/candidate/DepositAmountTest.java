package kz.election.candidate;

import static kz.election.candidate.Nominations.params;
import static kz.election.candidate.Nominations.selfNomination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import kz.election.common.FieldViolation;
import kz.election.ruleset.Level;
import kz.election.ruleset.MinimumWages;
import kz.election.ruleset.Ruleset;
import kz.election.ruleset.RulesetCatalog;
import kz.election.ruleset.RulesetException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The deposit's amount (docs/RULES.md, Money): the year's minimum wage times the level's number of them,
 * and the checklist line that names a missing or short payment, so the registration is refused with it.
 */
class DepositAmountTest {

    private static final RulesetCatalog RULESETS = RulesetCatalog.fromClasspath(RulesetCatalog.DEFAULT_LOCATION);
    private static final Ruleset KZ_2026 = RULESETS.byId("kz-2026-12-08");
    private static final Ruleset KZ_2024 = RULESETS.byId("kz-2024-03-01");
    private static final MinimumWages WAGES = MinimumWages.fromClasspath();
    private static final BigDecimal REQUIRED = new BigDecimal("425000.00");

    @ParameterizedTest(name = "paid {0} -> {1}")
    @CsvSource(nullValues = "none", value = {
            "none,      FAILED, 'election deposit of 425000.00 KZT required, no payment recorded (amount, payment date and payment reference)'",
            "400000,    FAILED, 'election deposit short: 400000.00 KZT paid, 425000.00 KZT required, 25000.00 KZT missing'",
            "424999.99, FAILED, 'election deposit short: 424999.99 KZT paid, 425000.00 KZT required, 0.01 KZT missing'",
            "425000,    PASSED, election deposit of 425000.00 KZT paid (425000.00 KZT required)",
            "500000.50, PASSED, election deposit of 500000.50 KZT paid (425000.00 KZT required)"})
    void namesAMissingOrShortDepositOnTheChecklist(BigDecimal paid, RuleOutcome outcome, String message) {
        NominationFacts facts = paid(selfNomination().deposit(paid != null).build(), paid);

        RuleResult result = new DepositPaidRule().evaluate(facts, params(true).withDepositAmount(REQUIRED, false));

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.message()).isEqualTo(message);
    }

    @Test
    void aReceiptNumberAloneIsNoLongerEnoughWhereTheAmountIsChecked() {
        NominationFacts numberOnly = selfNomination().deposit(true).build();

        assertThat(new DepositPaidRule().evaluate(numberOnly, params(true)).outcome())
                .as("under a ruleset before kz-2026-12-08 the number suffices, as it did").isEqualTo(RuleOutcome.PASSED);
        assertThat(new DepositPaidRule().evaluate(numberOnly, params(true).withDepositAmount(REQUIRED, false)).outcome())
                .isEqualTo(RuleOutcome.FAILED);
    }

    @Test
    void aDistrictDepositIsFiveMinimumWagesOfTheElectionYear() {
        Deposits.Requirement in2026 = Deposits.requirement(KZ_2026, Level.DISTRICT, LocalDate.of(2026, 12, 27), WAGES)
                .orElseThrow();
        assertThat(in2026.amount()).isEqualTo(REQUIRED);
        assertThat(in2026.minimumWages()).isEqualTo(5);
        assertThat(in2026.minimumWage().citation()).contains("08.12.2025", "2026-2028");
        assertThat(in2026.unconfirmed()).as("85,000 for 2026 is reported from the signed law (P)").isFalse();

        Deposits.Requirement in2027 = Deposits.requirement(KZ_2026, Level.DISTRICT, LocalDate.of(2027, 1, 31), WAGES)
                .orElseThrow();
        assertThat(in2027.amount()).isEqualTo(REQUIRED);
        assertThat(in2027.unconfirmed()).as("no budget law for 2027 was found: the line is marked U").isTrue();
    }

    @Test
    void aRuralElectionAndAnElectionUnderTheEarlierRulesetHaveNoAmountToCheck() {
        assertThat(Deposits.requirement(KZ_2026, Level.RURAL, LocalDate.of(2027, 1, 31), WAGES)).isEmpty();
        assertThat(Deposits.requirement(KZ_2024, Level.DISTRICT, LocalDate.of(2026, 9, 13), WAGES)).isEmpty();
    }

    @Test
    void aYearWithoutItsMinimumWageIsNamed() {
        assertThatThrownBy(() -> Deposits.requirement(KZ_2026, Level.DISTRICT, LocalDate.of(2031, 1, 5), WAGES))
                .hasMessageContaining("no minimum wage for 2031");
    }

    @Test
    void theCheckedUnconfirmedAmountMarksTheChecklistLine() {
        EligibilityParameters marked = params(true).withDepositAmount(REQUIRED, true);

        assertThat(marked.unconfirmed()).contains(RuleCode.DEPOSIT_PAID);
        assertThat(marked.depositAmount()).isEqualTo(REQUIRED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad certainty | '2028: {value: 90000, citation: \"x\", certainty: Q}' | years.2028.certainty: must be C, P or U",
            "no citation   | '2028: {value: 90000, certainty: U}'                  | years.2028.citation: is required",
            "fraction      | '2028: {value: 90000.5, citation: \"x\", certainty: U}' | years.2028.value: a whole number of tenge",
            "not a year    | 'next: {value: 90000, citation: \"x\", certainty: U}'   | years.next: not a year"})
    void aWrongLineOfTheMinimumWagesIsRefusedNamingIt(String what, String line, String message) {
        assertThatThrownBy(() -> MinimumWages.parse("minimum-wages.yaml", "currency: KZT\nyears:\n  " + line + "\n"))
                .isInstanceOf(RulesetException.class).hasMessageContaining("minimum-wages.yaml: " + message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {"425000.00, 425000.00", "'425000,5', 425000.5", "12, 12", "abc, none"})
    void readsASumAsTheFormOrTheCallerSendsIt(String sent, BigDecimal read) {
        assertThat(Money.parse(sent).orElse(null)).isEqualTo(read);
    }

    @Test
    void refusesASumOfMoreThanTwoDecimalPlacesOrBelowZero() {
        assertThat(Money.problem("amount", new BigDecimal("1.005"), false)).map(FieldViolation::message)
                .hasValueSatisfying(m -> assertThat(m).contains("more than 2 decimal places"));
        assertThat(Money.problem("amount", BigDecimal.ZERO, false)).isPresent();
        assertThat(Money.problem("income", BigDecimal.ZERO, true)).isEmpty();
        assertThat(Money.problem("income", new BigDecimal("-1"), true)).isPresent();
    }

    private static NominationFacts paid(NominationFacts f, BigDecimal amount) {
        return new NominationFacts(f.fullName(), f.iin(), f.birthDate(), f.citizenship(), f.nominationType(),
                f.partyName(), f.documentsReceived(), f.signaturesSubmitted(), f.signatureSample(),
                f.depositReceiptPresent(), f.declarations(), f.qualificationAnswers(), f.filedAt(), f.election(), amount);
    }
}
