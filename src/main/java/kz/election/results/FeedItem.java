package kz.election.results;

import java.time.Instant;

/**
 * One published result version as the Atom feed announces it.
 *
 * @param place      where the election is held, named in the reader's language
 * @param revision   false for the election's first published version, true for every later one
 * @param cause      as stored, e.g. "count of every precinct" or "complaint 2026-RUR-0042-C001"
 */
public record FeedItem(String electionNumber, String place, int version, boolean revision, String outcome,
                       String winnerName, String cause, Instant publishedAt) {
}
