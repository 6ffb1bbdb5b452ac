package kz.election.precinct;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import kz.election.common.FieldViolation;
import kz.election.ruleset.CalendarRules;
import kz.election.ruleset.Level;
import kz.election.ruleset.RulesetCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A precinct's hours as a table: the bounds of kz-2026-12-08 (06:00-22:00) and the day of silence's start. */
class PollingHoursRulesTest {

    private static final CalendarRules RULES = RulesetCatalog.fromClasspath(RulesetCatalog.DEFAULT_LOCATION)
            .byId("kz-2026-12-08").calendar(Level.RURAL);
    private static final OffsetDateTime CUT_OFF = OffsetDateTime.parse("2026-09-12T00:00:00+05:00");
    private static final PollingHoursRules.Hours CALENDAR = new PollingHoursRules.Hours(LocalTime.of(7, 0),
            LocalTime.of(20, 0));

    @ParameterizedTest(name = "{0}-{1} at {2}: {3} {4}")
    @CsvSource(textBlock = """
        06:00, 22:00, 2026-09-11T23:59:59+05:00, 06:00-22:00,
        06:00,      , 2026-08-10T10:00:00+05:00, 06:00-20:00,
             , 21:30, 2026-08-10T10:00:00+05:00, 07:00-21:30,
        05:59,      , 2026-08-10T10:00:00+05:00, 07:00-20:00, pollsOpen
             , 22:01, 2026-08-10T10:00:00+05:00, 07:00-20:00, pollsClose
        21:00, 20:00, 2026-08-10T10:00:00+05:00, 07:00-20:00, pollsClose
        6 am ,      , 2026-08-10T10:00:00+05:00, 07:00-20:00, pollsOpen
        06:00,      , 2026-09-12T00:00:00+05:00, 07:00-20:00, pollsOpen
             , 21:00, 2026-09-13T08:00:00+05:00, 07:00-20:00, pollsClose
        """)
    void checksTheHoursAndTheDayTheyMayStillBeMoved(String open, String close, OffsetDateTime now, String result,
                                                    String field) {
        PollingHoursRules.Result checked = PollingHoursRules.check(new PollingHoursRules.Request(open, close),
                CALENDAR, RULES, now, CUT_OFF);

        assertThat(checked.hours().open() + "-" + checked.hours().close()).isEqualTo(result);
        assertThat(checked.violations()).extracting(FieldViolation::field)
                .containsExactlyElementsOf(field == null ? java.util.List.of() : java.util.List.of(field));
    }
}
