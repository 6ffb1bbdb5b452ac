package kz.election.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import kz.election.common.FieldViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each remedy needs before it is checked against the election: a table of shapes and the field named. */
class RemedyTest {

    @ParameterizedTest(name = "{0} precinct={1} nomination={2} ground={3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # kind          | precinct | nomination           | ground          | field at fault
            RECOUNT         | 2        | -                    | -               | -
            RECOUNT         | -        | -                    | -               | remedyPrecinct
            RECOUNT         | 0        | -                    | -               | remedyPrecinct
            RECOUNT         | 2        | 2026-RUR-0001-N01    | -               | remedyNomination
            ANNUL_PRECINCT  | 1        | -                    | -               | -
            ANNUL_PRECINCT  | 1        | -                    | NON_COMPLIANCE  | remedyGround
            DEREGISTER      | -        | 2026-RUR-0001-N01    | NON_COMPLIANCE  | -
            DEREGISTER      | -        | 2026-RUR-0001-N01    | -               | remedyGround
            DEREGISTER      | -        | '  '                 | NON_COMPLIANCE  | remedyNomination
            DEREGISTER      | 3        | 2026-RUR-0001-N01    | NON_COMPLIANCE  | remedyPrecinct
            REINSTATE       | -        | 2026-RUR-0001-N02    | -               | -
            REINSTATE       | -        | -                    | -               | remedyNomination
            ANNUL_ELECTION  | -        | -                    | -               | -
            ANNUL_ELECTION  | 1        | -                    | -               | remedyPrecinct
            -               | -        | -                    | -               | remedy
            """)
    void namesTheFieldARemedyLacksOrMustNotHave(RemedyKind kind, Integer precinct, String nomination, String ground,
                                                String field) {
        var problems = new Remedy(kind, precinct, nomination, ground).shapeProblems();

        if (field == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).extracting(FieldViolation::field).containsExactly(field);
        }
    }
}
