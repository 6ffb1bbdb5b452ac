package kz.election.results;

import java.time.OffsetDateTime;

/** One deadline of the election's calendar: {@code key} names it in every language, {@code name} is the stored English. */
public record CalendarLine(String key, String name, OffsetDateTime dueAt, String citation, String certainty) {
}
