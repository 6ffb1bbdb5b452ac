package kz.election.election;

import java.time.LocalDate;
import kz.election.ruleset.Level;

/**
 * What the territorial commission submits to call an election, as the form or an integration sends it.
 * Every field may be missing or wrong: {@link ElectionService#announce} reports all problems at once.
 *
 * @param territory              the KATO code of the territory (9 digits), as GET /api/territories lists it
 * @param callDate               the day of the commission's decision; today in the territory when absent
 * @param termEnd                the sitting akim's last day in office; required for a REGULAR election
 * @param vacancyDate            the day the post fell vacant (EARLY)
 * @param previousElectionNumber the election a REPEAT or EARLY election follows, when it is in the system
 * @param precinctsCsv           the precinct list as CSV text: number, address, voters (see {@link PrecinctCsv})
 * @param shortCallConfirmed     true when the commission confirms a call shorter than the ruleset's minimum
 *                               where that minimum is a warning, not a refusal (docs/RULES.md, The calendar)
 */
public record AnnouncementRequest(
        String territory,
        Level level,
        String post,
        ElectionReason reason,
        LocalDate callDate,
        LocalDate electionDay,
        LocalDate termEnd,
        LocalDate vacancyDate,
        String previousElectionNumber,
        String precinctsCsv,
        Boolean shortCallConfirmed) {

    public static final String SHORT_CALL_CONFIRMED = "shortCallConfirmed";

    public AnnouncementRequest(String territory, Level level, String post, ElectionReason reason, LocalDate callDate,
                               LocalDate electionDay, LocalDate termEnd, LocalDate vacancyDate,
                               String previousElectionNumber, String precinctsCsv) {
        this(territory, level, post, reason, callDate, electionDay, termEnd, vacancyDate, previousElectionNumber,
                precinctsCsv, null);
    }

    public boolean shortCallIsConfirmed() {
        return Boolean.TRUE.equals(shortCallConfirmed);
    }
}
