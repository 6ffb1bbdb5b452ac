package kz.election.results;

import java.time.LocalDate;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionStatus;
import kz.election.ruleset.Level;

/** One line of the public list of elections; {@code place} names its territory in the reader's language. */
public record ElectionListing(String number, ElectionPlace place, Level level, String post, ElectionReason reason,
                              LocalDate electionDay, ElectionStatus status, int precincts) {
}
