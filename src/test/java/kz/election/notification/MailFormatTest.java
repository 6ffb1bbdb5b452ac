package kz.election.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.election.election.Election;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionStatus;
import kz.election.ruleset.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A mail shows a time of an election as its territory read it, with the offset named (docs/RULES.md, Elections
 * and the commissions that run them): the registration close of the district pilot, 18:00 of 10 October 2023,
 * was 12:00 UTC in Akmola (UTC+6) and 13:00 UTC in Aktobe (UTC+5).
 */
class MailFormatTest {

    private final MailFormat english = new MailFormat(MailLanguage.EN.formatLocale());

    @ParameterizedTest(name = "{1} in {0} reads {2}")
    @CsvSource(delimiter = '|', textBlock = """
        116600000 | 2023-10-10T12:00:00Z | 10 October 2023, 18:00 (UTC+6)
        151000000 | 2023-10-10T13:00:00Z | 10 October 2023, 18:00 (UTC+5)
        391000000 | 2023-10-10T12:00:00Z | 10 October 2023, 18:00 (UTC+6)
        116600000 | 2026-12-03T13:00:00Z | 3 December 2026, 18:00 (UTC+5)
        151000000 | 2026-12-03T13:00:00Z | 3 December 2026, 18:00 (UTC+5)
        """)
    void showsAnElectionsTimeInItsTerritorysZoneAsItWasThatDay(String territory, Instant at, String shown) {
        assertThat(english.dateTime(election(territory).local(at))).isEqualTo(shown);
        // what a mail's model carries through a process variable: the same time as ISO text
        assertThat(english.dateTime(election(territory).local(at).toString())).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2023-10-10T12:00:00Z | 10 October 2023, 18:00 (UTC+6)
        2026-12-03T13:00:00Z | 3 December 2026, 18:00 (UTC+5)
        """)
    void showsATimeOfNoOneTerritoryInTheCountrysZone(Instant at, String shown) {
        assertThat(english.dateTime(at)).isEqualTo(shown);
    }

    private static Election election(String territory) {
        LocalDate day = LocalDate.of(2023, 11, 5);
        return new Election("2023-DIS-0001", "Pilot district", Level.DISTRICT, "Akim of the district",
                ElectionReason.REGULAR, day.minusDays(51), day, null, null, "kz-2024-03-01", ElectionStatus.ANNOUNCED,
                null, "tec", OffsetDateTime.parse("2023-09-15T10:00:00+06:00"), List.of(), List.of(), territory,
                "TEC-" + territory);
    }
}
