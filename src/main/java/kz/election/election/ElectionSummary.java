package kz.election.election;

import java.time.LocalDate;
import kz.election.ruleset.Level;

/**
 * One line of the list of elections: enough to find one and open it by its number, with the territory's
 * code and the organizing commission (null for an election from before the registers).
 */
public record ElectionSummary(String number, String territory, Level level, String post, ElectionReason reason,
                              LocalDate electionDay, ElectionStatus status, int precincts, long voters,
                              String territoryCode, String organizerCode) {
}
