package kz.election.conduct;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import kz.election.election.ElectionService;
import kz.election.election.ElectionTimingRules;
import kz.election.election.ElectoralCalendar;
import kz.election.election.PrecinctRow;
import kz.election.election.ResultVersion;
import kz.election.precinct.PrecinctHours;
import kz.election.ruleset.Ruleset;
import org.springframework.stereotype.Component;

/**
 * The moments election.bpmn waits for, read from the stored calendar (never recomputed, so a newer
 * ruleset never moves a running election), for its timer expressions such as
 * {@code ${electionSchedule.at(electionNumber, 'nominationCloses')}}; and the precincts its counts run over.
 */
@Component("electionSchedule")
public class ElectionSchedule {

    private final ElectionService elections;
    private final ElectionResults results;
    private final PrecinctHours hours;

    public ElectionSchedule(ElectionService elections, ElectionResults results, PrecinctHours hours) {
        this.elections = elections;
        this.results = results;
        this.hours = hours;
    }

    /** When the counts start: the earliest opening of the precincts (the calendar's unless one was moved earlier). */
    public Date pollsOpenAt(String number) {
        return Date.from(hours.earliestOpening(number).toInstant());
    }

    /** The stored deadline, e.g. {@code nominationCloses} or {@code nominationExtendedUntil}. */
    public Date at(String number, String key) {
        return Date.from(deadline(number, key).toInstant());
    }

    /** The ruleset's escalation hours before that deadline. */
    public Date escalateAt(String number, String key) {
        Ruleset rules = elections.ruleset(number);
        return Date.from(ElectionTimingRules.escalateAt(deadline(number, key),
                rules.escalation().hoursBeforeDeadline().value()).toInstant());
    }

    /** The end of the complaint window after the current result's publication. */
    public Date complaintWindowEndsAt(String number) {
        ResultVersion current = results.current(number)
                .filter(ResultVersion::published)
                .orElseThrow(() -> new IllegalStateException("election " + number + " has no published result"));
        OffsetDateTime deadline = deadline(number, ElectoralCalendar.WINNER_REGISTRATION_DEADLINE);
        OffsetDateTime published = current.publishedAt().atOffset(deadline.getOffset());
        return Date.from(ElectionTimingRules.complaintWindowEnd(published,
                elections.ruleset(number).result().complaintWindowDays().value(), deadline).toInstant());
    }

    /** The precinct numbers of the election, the collection of the multi-instance count. */
    public List<Integer> precinctNumbers(String number) {
        return elections.byNumber(number).precincts().stream().map(PrecinctRow::number).toList();
    }

    public OffsetDateTime deadline(String number, String key) {
        return elections.calendar(number).at(key);
    }

    public String deadlineName(String number, String key) {
        return elections.calendar(number).entry(key).name();
    }
}
