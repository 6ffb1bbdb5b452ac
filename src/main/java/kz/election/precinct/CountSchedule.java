package kz.election.precinct;

import java.util.Date;
import java.util.List;
import kz.election.election.ElectionService;
import kz.election.election.ElectoralCalendar;
import org.springframework.stereotype.Component;

/**
 * The times precinct-count.bpmn waits for, read from the election's stored calendar (never recomputed):
 * {@code ${countSchedule.reportHours(electionNumber)}} and friends in the diagram's timers and due dates.
 */
@Component("countSchedule")
public class CountSchedule {

    private final TurnoutService turnout;
    private final ElectionService elections;

    CountSchedule(TurnoutService turnout, ElectionService elections) {
        this.turnout = turnout;
        this.elections = elections;
    }

    /** The turnout report times of election day, e.g. ["10:00", ..., "18:00", "20:00"]. */
    public List<String> reportHours(String electionNumber) {
        return turnout.schedule(electionNumber).stream().map(TurnoutRules.Slot::hour).toList();
    }

    public Date reportOpensAt(String electionNumber, String hour) {
        return Date.from(turnout.slot(electionNumber, hour).reportAt().toInstant());
    }

    public Date reportDueAt(String electionNumber, String hour) {
        return Date.from(turnout.slot(electionNumber, hour).dueAt().toInstant());
    }

    public Date pollsCloseAt(String electionNumber) {
        return Date.from(elections.calendar(electionNumber).at(ElectoralCalendar.POLLS_CLOSE).toInstant());
    }
}
