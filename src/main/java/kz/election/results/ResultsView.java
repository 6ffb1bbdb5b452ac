package kz.election.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionStatus;
import kz.election.ruleset.Level;

/**
 * Everything the public sees of one election, read at {@code readAt}: the page, its JSON and its CSV
 * are all rendered from this one value, so they cannot disagree.
 *
 * <p>What the public sees of the result (see {@link ResultStatus}): until a result version is
 * published, the live count of the accepted protocols, marked preliminary, even when the territorial
 * commission has already established a result (a commission makes its result public by publishing
 * it); from publication on, the figures of the latest published version, its outcome, and every
 * published version with its cause (a revision names the complaint behind it).
 *
 * @param territoryCode   the KATO code of the election's territory; null for an election from before the register
 * @param territory       the register's name of that territory in the reader's language (the Russian name for
 *                        English, the register having no English), else the name stored with the election
 * @param district        the district (tier 2 of the register) the territory lies in, named likewise; null when none
 * @param oblast          the oblast (tier 1) the territory lies in, named likewise; null when none
 * @param resultStatus    PRELIMINARY, AWAITING_PUBLICATION, PUBLISHED or FINAL
 * @param preliminary     true while no result has been published: the figures are the live count
 * @param outcome         what the election came to (from the published result, or ANNULLED/CANCELLED
 *                        from the election's status); null while nothing is decided
 * @param result          the latest published result version; null before publication
 * @param ballotFixed     false before registration closes: no figures exist yet, {@code totals} is null
 * @param totals          the live count while preliminary, the published version's tabulation after
 * @param revisionPending published, but the accepted protocols or exclusions have changed since (a
 *                        recount or annulment whose revision is not published yet): the precinct rows
 *                        show the change, the totals are still the published ones
 * @param revisions       every published result version, oldest first
 * @param complaints      null while the application has no complaint register (no section is shown)
 */
public record ResultsView(
        String electionNumber,
        String territoryCode,
        String territory,
        TerritoryName district,
        TerritoryName oblast,
        Level level,
        String post,
        ElectionReason reason,
        LocalDate electionDay,
        ElectionStatus status,
        ResultStatus resultStatus,
        boolean preliminary,
        PublicOutcome outcome,
        PublishedResult result,
        boolean ballotFixed,
        OffsetDateTime readAt,
        List<CalendarLine> calendar,
        List<CandidateLine> candidates,
        Progress progress,
        Totals totals,
        boolean revisionPending,
        List<PrecinctLine> precincts,
        List<ResultRevision> revisions,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<PublicComplaint> complaints) {

    public ResultsView {
        calendar = List.copyOf(calendar);
        candidates = List.copyOf(candidates);
        precincts = List.copyOf(precincts);
        revisions = List.copyOf(revisions);
        complaints = complaints == null ? null : List.copyOf(complaints);
    }
}
