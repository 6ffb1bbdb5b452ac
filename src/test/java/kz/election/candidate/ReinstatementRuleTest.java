package kz.election.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Until the polls open a reinstated candidate goes back on the ballot; from the opening on the ballots
 * are cast without them and the remedy left is annulment of the election (docs/RULES.md "Complaints and appeals").
 */
class ReinstatementRuleTest {

    @ParameterizedTest(name = "at {0}: blocked {1}")
    @CsvSource({
            "2026-08-25T10:00:00+05:00, false",   // after the ballot was fixed, weeks before election day
            "2026-09-12T23:59:59+05:00, false",   // the day of silence
            "2026-09-13T06:59:59+05:00, false",   // a second before the polls open
            "2026-09-13T07:00:00+05:00, true",    // the polls open
            "2026-09-13T21:00:00+05:00, true",    // counting
            "2026-09-17T10:00:00+05:00, true",    // after the result
    })
    void reinstatementIsPossibleOnlyBeforeThePollsOpen(String at, boolean blocked) {
        var why = CandidacyChanges.reinstatementBlocked("2026-RUR-0042", OffsetDateTime.parse("2026-09-13T07:00:00+05:00"),
                Instant.from(OffsetDateTime.parse(at)));
        assertThat(why.isPresent()).isEqualTo(blocked);
        why.ifPresent(text -> assertThat(text).contains("2026-RUR-0042", "2026-09-13T07:00+05:00", "ANNUL_ELECTION"));
    }
}
