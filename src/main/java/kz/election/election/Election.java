package kz.election.election;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.election.ruleset.Level;

/** An announced election as stored: the call, its precincts and every deadline of its calendar. */
public record Election(
        String number,
        String territory,
        Level level,
        String post,
        ElectionReason reason,
        LocalDate callDate,
        LocalDate electionDay,
        LocalDate termEnd,
        LocalDate vacancyDate,
        String rulesetId,
        ElectionStatus status,
        String previousElectionNumber,
        String announcedBy,
        OffsetDateTime announcedAt,
        List<PrecinctRow> precincts,
        List<Deadline> calendar) {

    public Election {
        precincts = List.copyOf(precincts);
        calendar = List.copyOf(calendar);
    }
}
