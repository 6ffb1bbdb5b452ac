package kz.election.noconfidence;

import java.time.LocalDate;

/**
 * A citizens' appeal asking the maslikhat for a motion of no confidence, as staff record it.
 *
 * @param citizenContact  an address or phone number for the answer; optional
 * @param receivedOn      the day the appeal arrived; today (UTC+5) when absent
 * @param citizenEmail    where the acknowledgement, a forwarding or extension notice and the answer are mailed;
 *                        optional: without it the secretariat tells the citizens by the contact given
 * @param citizenLanguage kk, ru or en: the language of those mails (required with an e-mail address)
 */
public record AppealRequest(String electionNumber, String citizenName, String citizenContact, LocalDate receivedOn,
                            String summary, String citizenEmail, String citizenLanguage) {

    /** An appeal whose authors gave no e-mail address. */
    public AppealRequest(String electionNumber, String citizenName, String citizenContact, LocalDate receivedOn,
                         String summary) {
        this(electionNumber, citizenName, citizenContact, receivedOn, summary, null, null);
    }
}
