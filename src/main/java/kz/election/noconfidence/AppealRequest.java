package kz.election.noconfidence;

import java.time.LocalDate;

/**
 * A citizens' appeal asking the maslikhat for a motion of no confidence, as staff record it.
 *
 * @param citizenContact an address or phone number for the answer; optional
 * @param receivedOn     the day the appeal arrived; today (UTC+5) when absent
 */
public record AppealRequest(String electionNumber, String citizenName, String citizenContact, LocalDate receivedOn,
                            String summary) {
}
