package kz.election.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import kz.election.common.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefusalDecisionTest {

    private static final List<RefusalGround> GROUNDS = List.of(
            new RefusalGround("NON_COMPLIANCE", "The candidate does not meet the requirements", "Art. X"),
            new RefusalGround("FALSE_DECLARATION", "False data in the declarations", "Art. Y"),
            new RefusalGround("WITHDRAWAL", "The candidate's written withdrawal", "Art. 113-6"));

    @ParameterizedTest(name = "grounds [{0}], reasoning \"{1}\" -> {2}")
    @CsvSource(value = {
        "NON_COMPLIANCE                   | Younger than 25 on election day | ''",
        "NON_COMPLIANCE,FALSE_DECLARATION | Age and declaration             | ''",
        "''                               | Younger than 25                 | groundCodes",
        "NON_COMPLIANCE                   | ''                              | reasoning",
        "NON_COMPLIANCE                   | '   '                           | reasoning",
        "NON_COMPLIANCE                   |                                 | reasoning",
        "''                               | ''                              | groundCodes,reasoning",
        "NO_SUCH_GROUND                   | Something                       | groundCodes",
        "NON_COMPLIANCE,NON_COMPLIANCE    | Twice                           | groundCodes",
    }, delimiter = '|')
    void refusesDecisionWithoutALegalGroundAndReasons(String codes, String reasoning, String fields) {
        List<String> groundCodes = codes.isEmpty() ? List.of() : Arrays.asList(codes.split(","));

        List<FieldViolation> violations = new RefusalDecision(groundCodes, reasoning).validate(GROUNDS);

        List<String> expected = fields.isEmpty() ? List.of() : Arrays.asList(fields.split(","));
        assertThat(violations).extracting(FieldViolation::field).containsExactlyElementsOf(expected);
    }

    @Test
    void namesTheUnknownGround() {
        assertThat(new RefusalDecision(List.of("NO_SUCH_GROUND"), "x").validate(GROUNDS))
                .extracting(FieldViolation::message)
                .containsExactly("\"NO_SUCH_GROUND\" is not a ground of this election's ruleset");
    }

    @Test
    void givesTheChosenGroundsWithTheirCitationsForTheLetter() {
        RefusalDecision decision = new RefusalDecision(List.of("WITHDRAWAL"), "Withdrew in writing on 5 October");

        assertThat(decision.grounds(GROUNDS)).extracting(RefusalGround::citation).containsExactly("Art. 113-6");
    }

    @Test
    void refusesGroundWithoutCitation() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RefusalGround("X", "Text", " "));
    }
}
