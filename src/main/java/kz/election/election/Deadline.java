package kz.election.election;

import java.time.OffsetDateTime;
import kz.election.ruleset.Certainty;

/** One stored deadline of an election, as the API shows it: {@code dueAt} in the local time of the election's territory. */
public record Deadline(String key, String name, OffsetDateTime dueAt, String citation, Certainty certainty) {

    public static Deadline of(CalendarEntry entry) {
        return new Deadline(entry.key(), entry.name(), entry.at(), entry.citation(), entry.certainty());
    }
}
