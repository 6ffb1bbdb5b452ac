package kz.election.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.election.ballot.Ballot;
import kz.election.ballot.BallotCandidate;
import kz.election.ballot.BallotEntry;
import kz.election.election.Election;
import kz.election.election.ElectionStatus;
import kz.election.election.PrecinctRow;
import kz.election.election.ResultVersion;
import kz.election.protocol.ProtocolFigures;
import kz.election.tally.AcceptedProtocol;
import kz.election.tally.Tabulation;
import kz.election.tally.Tally;
import kz.election.tally.OutcomeRules;

/**
 * Builds the public view of an election from what the services read: a pure function, so its
 * numbers can be checked against {@link Tally} as tables without a database. While counting, the
 * totals ARE the tabulation of the accepted protocols; once a result version is published they are
 * that version's stored tabulation (the published act), and the precinct rows stay the accepted
 * protocols, one per precinct.
 */
public final class ResultsAssembly {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** A complaint number as complaint.bpmn gives them: {election number}-C001. */
    private static final Pattern COMPLAINT = Pattern.compile("\\b\\d{4}-[A-Z]+-\\d{4,}-C\\d{3,}\\b");

    private ResultsAssembly() {
    }

    /**
     * @param election    the election as stored, with its precincts and calendar
     * @param place       where it is held, named in the reader's language
     * @param ballot      the fixed ballot in ballot order; empty while it is not fixed
     * @param registered  the registered candidates (name, nominator), shown while no ballot is fixed
     * @param tallyBallot the ballot as the tabulation reads it (struck-off candidates marked); null while not fixed
     * @param accepted    the accepted protocols of the election (a recount's higher version replaces the first)
     * @param record      the result versions and excluded precincts the election process recorded
     * @param complaints  the public complaints, or null when there is no complaint register
     */
    public static ResultsView assemble(Election election, ElectionPlace place, List<BallotEntry> ballot,
                                       List<CandidateLine> registered, Ballot tallyBallot,
                                       List<AcceptedProtocol> accepted, ResultRecord record,
                                       OutcomeRules rules, OffsetDateTime readAt, List<PublicComplaint> complaints) {
        boolean ballotFixed = !ballot.isEmpty() && tallyBallot != null;
        Set<String> struckOff = ballotFixed ? tallyBallot.candidates().stream().filter(BallotCandidate::struckOff)
                .map(BallotCandidate::registrationNumber).collect(Collectors.toSet()) : Set.of();
        List<CandidateLine> candidates = ballotFixed
                ? IntStream.range(0, ballot.size()).mapToObj(i -> new CandidateLine(i + 1,
                        ballot.get(i).registrationNumber(), ballot.get(i).candidateName(), ballot.get(i).nominatedBy(),
                        struckOff.contains(ballot.get(i).registrationNumber())))
                .toList()
                : registered;
        int precinctsTotal = election.precincts().size();
        Map<Integer, String> excludedBy = new HashMap<>();
        record.exclusions().forEach(e -> excludedBy.put(e.precinctNumber(), e.complaintNumber()));
        Set<Integer> excluded = excludedBy.keySet();

        Optional<ResultVersion> published = record.versions().stream().filter(ResultVersion::published)
                .reduce((first, second) -> second);
        ResultStatus resultStatus = published.isPresent()
                ? ElectionStatus.FINAL.contains(election.status()) ? ResultStatus.FINAL : ResultStatus.PUBLISHED
                : record.versions().stream().anyMatch(ResultVersion::established) ? ResultStatus.AWAITING_PUBLICATION
                : ResultStatus.PRELIMINARY;

        Totals totals = null;
        Progress progress = new Progress(0, countExisting(election, excluded), precinctsTotal, percent(0, 0));
        boolean revisionPending = false;
        if (ballotFixed) {
            Tabulation live = Tally.tabulate(tallyBallot, accepted,
                    excluded.stream().map(String::valueOf).collect(Collectors.toSet()), precinctsTotal, rules);
            totals = totals(live);
            progress = new Progress(live.precinctsCounted(), live.precinctsExcluded(), live.precinctsTotal(),
                    live.turnoutPercent());
            if (published.isPresent()) {
                JsonNode stored = tree(published.get().tabulation());
                Totals publishedTotals = totals(stored);
                Progress publishedProgress = progress(stored);
                revisionPending = !publishedTotals.equals(totals) || !publishedProgress.equals(progress);
                totals = publishedTotals;
                progress = publishedProgress;
            }
        }

        Map<Integer, AcceptedProtocol> byPrecinct = new HashMap<>();
        accepted.forEach(p -> byPrecinct.merge(Integer.valueOf(p.precinctNumber()), p,
                (a, b) -> a.version() >= b.version() ? a : b));
        List<PrecinctLine> precincts = new ArrayList<>();
        for (PrecinctRow row : election.precincts()) {
            AcceptedProtocol protocol = byPrecinct.get(row.number());
            PrecinctStatus status = excluded.contains(row.number()) ? PrecinctStatus.EXCLUDED
                    : protocol != null && ballotFixed ? PrecinctStatus.COUNTED : PrecinctStatus.AWAITING;
            precincts.add(status == PrecinctStatus.AWAITING
                    ? new PrecinctLine(row.number(), row.address(), row.voters(), status, null, null, null, null,
                    null, null, null)
                    : protocolLine(row, status, protocol, candidates, excludedBy.get(row.number())));
        }

        ZoneId zone = record.zone();
        PublishedResult result = published.map(r -> publishedResult(r, election.status(), totals(tree(r.tabulation())),
                zone)).orElse(null);
        PublicOutcome outcome = switch (election.status()) {
            case ANNULLED -> PublicOutcome.ANNULLED;
            case CANCELLED -> PublicOutcome.CANCELLED;
            default -> result == null ? null : result.outcome();
        };
        List<ResultRevision> revisions = record.versions().stream().filter(ResultVersion::published)
                .map(r -> new ResultRevision(r.version(), r.outcome(), r.winnerRegistrationNumber(), r.winnerName(),
                        r.cause(), complaintIn(r.cause()), at(r.tabulatedAt(), zone), at(r.publishedAt(), zone)))
                .toList();

        return new ResultsView(election.number(), place.territoryCode(), place.territory(), place.district(),
                place.oblast(), election.level(), election.post(),
                election.reason(), election.electionDay(), election.status(), resultStatus, published.isEmpty(),
                outcome, result, ballotFixed, readAt,
                election.calendar().stream().map(d -> new CalendarLine(d.key(), d.name(), d.dueAt(), d.citation(),
                        d.certainty().name())).toList(),
                candidates, progress, totals, revisionPending, precincts, revisions, complaints);
    }

    /**
     * The live count alone, for tables: nothing established or excluded beyond {@code excluded}, the
     * territory by its stored name.
     */
    public static ResultsView assemble(Election election, List<BallotEntry> ballot, List<CandidateLine> registered,
                                       Ballot tallyBallot, List<AcceptedProtocol> accepted, Set<Integer> excluded,
                                       OutcomeRules rules, OffsetDateTime readAt, List<PublicComplaint> complaints) {
        return assemble(election, new ElectionPlace(null, election.territory(), null, null), ballot, registered,
                tallyBallot, accepted,
                new ResultRecord(List.of(), excluded.stream().sorted().map(n -> new ResultRecord.Exclusion(n, null))
                        .toList(), readAt.getOffset()), rules, readAt, complaints);
    }

    /** Percent with 2 decimals HALF_UP and 0.00 for an empty whole: the rounding {@link Tally} uses. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** The complaint a cause names ("complaint 2026-RUR-0042-C001"), or null. */
    static String complaintIn(String cause) {
        if (cause == null) {
            return null;
        }
        Matcher m = COMPLAINT.matcher(cause);
        return m.find() ? m.group() : null;
    }

    static PublicOutcome outcomeOf(String storedOutcome) {
        return switch (storedOutcome) {
            case "ELECTED" -> PublicOutcome.ELECTED;
            case "REPEAT_VOTING" -> PublicOutcome.REPEAT_VOTING;
            default -> PublicOutcome.REPEAT_ELECTION;
        };
    }

    private static PublishedResult publishedResult(ResultVersion r, ElectionStatus status, Totals totals,
                                                   ZoneId zone) {
        List<CandidateTotal> tied = totals.candidates().stream()
                .filter(c -> r.tied().contains(c.registrationNumber())).toList();
        return new PublishedResult(r.version(), outcomeOf(r.outcome()), r.outcome(), r.winnerRegistrationNumber(),
                r.winnerName(), tied, r.invalidityReason(), r.cause(), at(r.establishedAt(), zone),
                at(r.publishedAt(), zone));
    }

    private static Totals totals(Tabulation t) {
        ProtocolFigures sum = t.totals();
        return new Totals(sum.votersOnList(), sum.ballotsFound(), sum.invalidBallots(),
                percent(sum.invalidBallots(), sum.ballotsFound()), t.againstAllVotes(), t.againstAllSharePercent(),
                t.candidates().stream().map(c -> new CandidateTotal(c.candidate().registrationNumber(),
                        c.candidate().name(), c.votes(), c.sharePercent(), c.candidate().struckOff())).toList());
    }

    /** The totals of a stored tabulation (ResultVersion#tabulation: a Tabulation as JSON). */
    private static Totals totals(JsonNode t) {
        JsonNode sum = t.path("totals");
        long found = sum.path("ballotsFound").asLong();
        long invalid = sum.path("invalidBallots").asLong();
        List<CandidateTotal> candidates = new ArrayList<>();
        for (JsonNode c : t.path("candidates")) {
            JsonNode candidate = c.path("candidate");
            candidates.add(new CandidateTotal(candidate.path("registrationNumber").asText(),
                    candidate.path("name").asText(), c.path("votes").asLong(), decimal(c.path("sharePercent")),
                    candidate.path("struckOff").asBoolean()));
        }
        return new Totals(sum.path("votersOnList").asLong(), found, invalid, percent(invalid, found),
                t.path("againstAllVotes").asLong(), decimal(t.path("againstAllSharePercent")), candidates);
    }

    private static Progress progress(JsonNode t) {
        return new Progress(t.path("precinctsCounted").asInt(), t.path("precinctsExcluded").asInt(),
                t.path("precinctsTotal").asInt(), decimal(t.path("turnoutPercent")));
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.decimalValue().setScale(2, RoundingMode.HALF_UP);
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(Objects.requireNonNull(json, "tabulation"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored tabulation cannot be read", e);
        }
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, zone);
    }

    /** An excluded precinct still shows what it counted, struck through, so the public sees what was annulled. */
    private static PrecinctLine protocolLine(PrecinctRow row, PrecinctStatus status, AcceptedProtocol protocol,
                                             List<CandidateLine> candidates, String excludedBy) {
        if (protocol == null) {
            return new PrecinctLine(row.number(), row.address(), row.voters(), status, null, null, null, null, null,
                    null, null, excludedBy);
        }
        ProtocolFigures f = protocol.figures();
        Map<String, Long> votes = new LinkedHashMap<>();
        candidates.forEach(c -> votes.put(c.registrationNumber(), f.candidateVotes().getOrDefault(c.registrationNumber(), 0L)));
        return new PrecinctLine(row.number(), row.address(), row.voters(), status, protocol.version(),
                f.votersOnList(), f.ballotsFound(), percent(f.ballotsFound(), f.votersOnList()), f.invalidBallots(),
                f.againstAll(), votes, excludedBy);
    }

    private static int countExisting(Election election, Set<Integer> excluded) {
        return (int) election.precincts().stream().filter(p -> excluded.contains(p.number())).count();
    }
}
