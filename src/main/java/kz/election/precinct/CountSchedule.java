package kz.election.precinct;

import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The times precinct-count.bpmn waits for: the stored calendar's, or the precinct's own hours where its
 * territorial commission moved them ({@link PrecinctHours}), in the diagram's timers and due dates, e.g.
 * {@code ${countSchedule.reportHours(electionNumber, precinctNumber)}}.
 */
@Component("countSchedule")
public class CountSchedule {

    private final TurnoutService turnout;
    private final PrecinctHours hours;

    CountSchedule(TurnoutService turnout, PrecinctHours hours) {
        this.turnout = turnout;
        this.hours = hours;
    }

    /** The precinct's turnout report times of election day, e.g. ["10:00", ..., "18:00", "20:00"]. */
    public List<String> reportHours(String electionNumber, int precinctNumber) {
        return turnout.schedule(electionNumber, precinctNumber).stream().map(TurnoutRules.Slot::hour).toList();
    }

    public Date reportOpensAt(String electionNumber, int precinctNumber, String hour) {
        return Date.from(turnout.slot(electionNumber, precinctNumber, hour).reportAt().toInstant());
    }

    public Date reportDueAt(String electionNumber, int precinctNumber, String hour) {
        return Date.from(turnout.slot(electionNumber, precinctNumber, hour).dueAt().toInstant());
    }

    /** The precinct's own close of polls. */
    public Date pollsCloseAt(String electionNumber, int precinctNumber) {
        return Date.from(hours.of(electionNumber, precinctNumber).pollsClose().toInstant());
    }
}
