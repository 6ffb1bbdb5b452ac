package kz.election.noconfidence;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded citizens' appeal and the secretariat's answer (MOTION_FILED with its motion, or NO_MOTION). */
public record CitizenAppeal(String appealNumber, String electionNumber, String citizenName, String citizenContact,
                            LocalDate receivedOn, String summary, String recordedBy, String outcome,
                            String outcomeNote, String motionNumber, String answeredBy, Instant answeredAt) {
}
