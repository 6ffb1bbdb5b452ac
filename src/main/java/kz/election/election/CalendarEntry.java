package kz.election.election;

import kz.election.ruleset.Certainty;

import java.time.OffsetDateTime;

/**
 * One deadline of an election: {@code key} is stable for code and timers, {@code name} is for people,
 * {@code at} is the local instant the step opens or closes, in the election's territory's zone (+05:00 since 1 March 2024).
 */
public record CalendarEntry(String key, String name, OffsetDateTime at, String citation, Certainty certainty) {
}
