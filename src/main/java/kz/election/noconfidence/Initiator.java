package kz.election.noconfidence;

import java.time.LocalDate;

/** A deputy who initiated the motion; {@code signedOn} is the date of their recorded signature, if any. */
public record Initiator(String fullName, LocalDate signedOn) {
}
