package kz.election.election;

import java.time.LocalDate;
import kz.election.ruleset.Level;

/**
 * What a territorial commission decides when it calls an election.
 *
 * @param termEnd    the sitting akim's last day in office; required for a REGULAR election
 * @param vacancyDate the day the post fell vacant; checked against the call window of an EARLY election when given
 */
public record Announcement(Level level, ElectionReason reason, LocalDate callDate, LocalDate electionDay,
                           LocalDate termEnd, LocalDate vacancyDate) {
}
