package kz.election.election;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(description = "What a territorial commission submits to call an election; every wrong field is named at once in the 400 answer")
public record AnnouncementRequest(
        @Schema(description = "KATO code of the territory, as GET /api/territories lists it; it must be in the register, of the tier the level calls for (RURAL: a rural district, village or city of district significance; DISTRICT: a district or city of regional significance), and a commission of the register must serve it", requiredMode = Schema.RequiredMode.REQUIRED, pattern = "[0-9]{9}", example = "116633100") String territory,
        @Schema(description = "the level of the akim elected; the ruleset in force on callDate says which commission calls it", requiredMode = Schema.RequiredMode.REQUIRED) Level level,
        @Schema(description = "the post as the decision names it, e.g. Akim of Kosshy; at most 200 characters, letters, digits, spaces and . , - ' \" « » ( ) № / only", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String post,
        @Schema(description = "why the election is held; REPEAT and EARLY may name previousElectionNumber, REGULAR needs termEnd", requiredMode = Schema.RequiredMode.REQUIRED) ElectionReason reason,
        @Schema(description = "the day of the commission's decision; today (UTC+5) when absent. A ruleset must be in force on it, and that ruleset decides every other rule checked here (docs/RULES.md)") LocalDate callDate,
        @Schema(description = "election day, checked against the ruleset of callDate: how long after the call it must lie (a shorter call is refused, or allowed with shortCallConfirmed where the ruleset only warns) and how it stands to the sitting akim's term", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate electionDay,
        @Schema(description = "the sitting akim's last day in office; required for a REGULAR election, whose election day is checked against it") LocalDate termEnd,
        @Schema(description = "the day the post fell vacant (EARLY), checked against the ruleset's term for calling the election") LocalDate vacancyDate,
        @Schema(description = "only for a REPEAT or EARLY election: the election it follows, which must exist", example = "2026-RUR-0001") String previousElectionNumber,
        @Schema(description = "the precinct list as CSV text with the header number;address;voters and one line per precinct (a unique positive number, an address, the voters on the list); each wrong line is named", requiredMode = Schema.RequiredMode.REQUIRED) String precinctsCsv,
        @Schema(description = "true when the commission confirms a call shorter than the ruleset's minimum where that minimum is a warning, not a refusal (docs/RULES.md, The calendar)") Boolean shortCallConfirmed) {

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
