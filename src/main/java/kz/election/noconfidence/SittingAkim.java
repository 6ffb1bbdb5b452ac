package kz.election.noconfidence;

import java.time.LocalDate;

/**
 * The akim certified by an election of this system whose term has not ended, with the address and
 * language of their nomination (mails go there).
 */
public record SittingAkim(String electionNumber, String fullName, String email, String language, LocalDate since) {
}
