package kz.election.protocol;

/**
 * A line of a precinct's protocol that the commission's own records fix before the count: voters on the
 * closed list, ballots received by transfer act, ballots issued at home by the home-voting register,
 * ballots cancelled by the cancellation act.
 *
 * @param field  the protocol line, one of {@link ProtocolFields}
 * @param value  what the records say
 * @param source the record, in words for the commission member ("the closed voter list")
 */
public record RecordedFigure(String field, long value, String source) {
}
