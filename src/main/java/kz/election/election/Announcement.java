package kz.election.election;

import java.time.LocalDate;
import kz.election.ruleset.Level;

/**
 * What a territorial commission decides when it calls an election.
 *
 * @param termEnd            the sitting akim's last day in office; required for a REGULAR election
 * @param vacancyDate        the day the post fell vacant; checked against the call window of an EARLY election when given
 * @param shortCallConfirmed the commission saw that the call leaves fewer days than the ruleset's minimum and
 *                           confirms it, where the ruleset makes that minimum a warning (docs/RULES.md, The calendar)
 */
public record Announcement(Level level, ElectionReason reason, LocalDate callDate, LocalDate electionDay,
                           LocalDate termEnd, LocalDate vacancyDate, boolean shortCallConfirmed) {

    public Announcement(Level level, ElectionReason reason, LocalDate callDate, LocalDate electionDay,
                        LocalDate termEnd, LocalDate vacancyDate) {
        this(level, reason, callDate, electionDay, termEnd, vacancyDate, false);
    }
}
