package kz.election.noconfidence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import kz.election.election.PrecinctRow;

/** When the EARLY election after a vacancy is called and held, as the ruleset's calendar says. */
public final class EarlyElectionRules {

    private EarlyElectionRules() {
    }

    /**
     * The first Sunday that is at least the level's minimum days after a call made on {@code callDate}:
     * the earliest day the announcement checks accept (election day is a Sunday).
     */
    public static LocalDate proposedElectionDay(LocalDate callDate, int minDaysFromCallToElection) {
        return callDate.plusDays(minDaysFromCallToElection).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    /**
     * The last day an early election called on {@code callDate} may be held. The ruleset keeps this
     * window at least a week longer than the minimum, so {@link #proposedElectionDay} always lies in it.
     */
    public static LocalDate latestElectionDay(LocalDate callDate, int earlyElectionWithinDaysAfterCall) {
        return callDate.plusDays(earlyElectionWithinDaysAfterCall);
    }

    /** The last day the territorial commission may call the early election. */
    public static LocalDate callDeadline(LocalDate vacancyDate, int earlyCallWithinDaysOfVacancy) {
        return vacancyDate.plusDays(earlyCallWithinDaysOfVacancy);
    }

    /** The previous election's precincts as the announcement's CSV: same territory, same polling stations. */
    public static String precinctsCsv(List<PrecinctRow> precincts) {
        StringBuilder csv = new StringBuilder("number;address;voters\n");
        for (PrecinctRow p : precincts) {
            csv.append(p.number()).append(';').append('"').append(p.address().replace("\"", "\"\"")).append('"')
                    .append(';').append(p.voters()).append('\n');
        }
        return csv.toString();
    }
}
