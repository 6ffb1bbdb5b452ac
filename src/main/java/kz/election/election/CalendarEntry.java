package kz.election.election;

import kz.election.ruleset.Certainty;

import java.time.OffsetDateTime;

/**
 * One deadline of an election: {@code key} is stable for code and timers, {@code name} is for people,
 * {@code at} is the local instant (+05:00) the step opens or closes.
 */
public record CalendarEntry(String key, String name, OffsetDateTime at, String citation, Certainty certainty) {
}
