package kz.election.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.election.ElectionTest;
import kz.election.election.Election;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionStatus;
import kz.election.ruleset.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A complaint's days are days of its election's territory (docs/RULES.md, Elections and the commissions that
 * run them): before 1 March 2024 the east (Akmola, 11...) was on UTC+6 and the west (Aktobe, 15...) on UTC+5,
 * so the filing term of the district pilot of 5 November 2023 ends at 23:59:59 local time, an hour apart.
 */
@ElectionTest
class ComplaintZoneTest {

    @Autowired
    ComplaintService complaints;

    @ParameterizedTest(name = "{0}, election day {1}: filed {3}, act of {2}: filing ends {4}, review due {5}")
    @CsvSource(textBlock = """
        116600000, 2023-11-05, 2023-10-20, 2023-10-30T23:30:00+06:00, 2023-10-30T23:59:59+06:00, 2023-11-04T23:59:59+06:00
        116600000, 2023-11-05, 2023-10-20, 2023-10-31T00:30:00+06:00, 2023-10-30T23:59:59+06:00, 2023-10-31T23:59:59+06:00
        151000000, 2023-11-05, 2023-10-20, 2023-10-30T23:30:00+05:00, 2023-10-30T23:59:59+05:00, 2023-11-04T23:59:59+05:00
        151000000, 2023-11-05, 2023-10-20, 2023-10-31T00:30:00+05:00, 2023-10-30T23:59:59+05:00, 2023-10-31T23:59:59+05:00
        116600000, 2026-11-08, 2026-10-20, 2026-10-30T23:30:00+05:00, 2026-10-30T23:59:59+05:00, 2026-11-04T23:59:59+05:00
        """)
    void countsAComplaintsDaysInTheZoneItsTerritoryHadThen(String territory, LocalDate electionDay, LocalDate act,
                                                            OffsetDateTime filed, OffsetDateTime filingEnds,
                                                            OffsetDateTime reviewDue) {
        ComplaintDeadlines deadlines = complaints.deadlines(pilot(territory, electionDay));

        ComplaintDeadlines.Filing filing = deadlines.filing(act, filed.toInstant());

        assertThat(filing.deadline()).isEqualTo(filingEnds.toInstant());
        // a minute before local midnight is in time; half an hour after it, on the eleventh local day, is late
        assertThat(filing.inTime()).isEqualTo(filed.getDayOfMonth() == 30);
        assertThat(deadlines.review(filed.toInstant(), electionDay).dueAt()).isEqualTo(reviewDue.toInstant());
    }

    private static Election pilot(String territory, LocalDate electionDay) {
        return new Election("2023-DIS-0001", "Pilot district", Level.DISTRICT, "Akim of the district",
                ElectionReason.REGULAR, electionDay.minusDays(51), electionDay, null, null, "kz-2024-03-01",
                ElectionStatus.ANNOUNCED, null, "tec", OffsetDateTime.parse("2023-09-15T10:00:00+06:00"), List.of(),
                List.of(), territory, "TEC-" + territory);
    }
}
