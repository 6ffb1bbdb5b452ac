package kz.election.results;

import java.time.ZoneId;
import java.util.List;
import kz.election.election.ResultVersion;

/**
 * What the election process recorded about the result (ElectionResults, V6): every result version,
 * oldest first, and the annulled precincts with the complaint behind each; {@code zone} is the
 * election's territory's, for the times the page shows.
 */
public record ResultRecord(List<ResultVersion> versions, List<Exclusion> exclusions, ZoneId zone) {

    /** A precinct whose results were annulled; {@code complaintNumber} may be null. */
    public record Exclusion(int precinctNumber, String complaintNumber) {
    }

    public ResultRecord {
        versions = List.copyOf(versions);
        exclusions = List.copyOf(exclusions);
    }

    /** Nothing recorded yet: no version, no exclusion. */
    public static ResultRecord none(ZoneId zone) {
        return new ResultRecord(List.of(), List.of(), zone);
    }
}
