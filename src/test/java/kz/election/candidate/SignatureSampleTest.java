package kz.election.candidate;

import static kz.election.candidate.Nominations.params;
import static kz.election.candidate.Nominations.selfNomination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import kz.election.common.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureSampleTest {

    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");

    @ParameterizedTest(name = "{1} invalid of {0} checked passes: {2}")
    @CsvSource({
        // the ruleset's share is the one "that fails a file": reaching it fails
        "200, 9,  true",
        "200, 10, false",
        "200, 0,  true",
        "20,  1,  false",
        "20,  0,  true",
        // 5% of 19 is 0.95: one invalid signature is already above it
        "19,  1,  false",
        "19,  0,  true",
        "1,   1,  false",
    })
    void failsFileWhenInvalidShareReachesTheFailingShare(int checked, int invalid, boolean passes) {
        assertThat(new SignatureSample(checked, invalid).passes(FIVE_PERCENT)).isEqualTo(passes);
    }

    @ParameterizedTest(name = "submitted {0}, checked {1}, invalid {2}: {3}")
    @CsvSource({
        "100, 50,  5,   ''",
        "100, 100, 100, ''",
        "100, 0,   0,   checked",
        "100, -1,  0,   checked",
        "100, 50,  -1,  invalid",
        "100, 50,  51,  invalid",
        "100, 101, 0,   checked",
    })
    void validatesTheRecordedSample(int submitted, int checked, int invalid, String field) {
        var violations = SignatureSample.validate(submitted, checked, invalid);

        if (field.isEmpty()) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).extracting(FieldViolation::field).containsExactly(field);
        }
    }

    @Test
    void refusesToHoldAnImpossibleSample() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SignatureSample(10, 11));
        assertThatIllegalArgumentException().isThrownBy(() -> new SignatureSample(0, 0));
    }

    @ParameterizedTest(name = "{0} submitted, sample {1}/{2} -> {3}")
    @CsvSource(value = {
        "200 | 200 | 9  | PASSED | 9 of 200 checked signatures invalid (4.5%); a file fails at 5% or more",
        "200 | 200 | 10 | FAILED | 10 of 200 checked signatures invalid (5%); a file fails at 5% or more",
        "100 | 200 | 0  | NEEDS_STAFF_CONFIRMATION | sample of 200 is larger than the 100 signatures submitted: record it again",
    }, delimiter = '|')
    void judgesTheRecordedSample(int submitted, int checked, int invalid, RuleOutcome outcome, String message) {
        NominationFacts facts = selfNomination().signatures(submitted)
                .sample(new SignatureSample(checked, invalid)).build();

        RuleResult result = new SignatureSampleRule().evaluate(facts, params());

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.message()).isEqualTo(message);
    }

    @Test
    void waitsForStaffUntilTheSampleIsRecorded() {
        NominationFacts facts = selfNomination().sample(null).build();

        assertThat(new SignatureSampleRule().evaluate(facts, params()).outcome())
                .isEqualTo(RuleOutcome.NEEDS_STAFF_CONFIRMATION);
    }
}
