package kz.election.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionStatus;
import kz.election.election.Level;

/**
 * Everything the public sees of one election, read at {@code readAt}: the page, its JSON and its CSV
 * are all rendered from this one value, so they cannot disagree.
 *
 * @param preliminary  true while no result has been published: the figures are the live count
 * @param ballotFixed  false before registration closes: no figures exist yet, {@code totals} is null
 * @param complaints   null while the application has no complaint register (no section is shown)
 */
public record ResultsView(
        String electionNumber,
        String territory,
        Level level,
        String post,
        ElectionReason reason,
        LocalDate electionDay,
        ElectionStatus status,
        boolean preliminary,
        boolean ballotFixed,
        OffsetDateTime readAt,
        List<CalendarLine> calendar,
        List<CandidateLine> candidates,
        Progress progress,
        Totals totals,
        List<PrecinctLine> precincts,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<PublicComplaint> complaints) {

    public ResultsView {
        calendar = List.copyOf(calendar);
        candidates = List.copyOf(candidates);
        precincts = List.copyOf(precincts);
        complaints = complaints == null ? null : List.copyOf(complaints);
    }
}
