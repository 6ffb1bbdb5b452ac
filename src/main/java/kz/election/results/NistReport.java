package kz.election.results;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kz.election.commission.Commission;
import kz.election.commission.Territory;
import kz.election.election.ElectionReason;
import kz.election.notification.MailLanguage;

/**
 * One election's public results as a NIST SP 1500-100 Election Results Common Data Format V2 report
 * (JSON), precinct by precinct: a pure function of the {@link ResultsView} the page, its JSON and CSV are
 * rendered from, so the open data cannot disagree with them.
 *
 * <p>How this system maps onto the format, and why:
 * <ul>
 * <li>Status: "pre-election" while nothing is counted, "unofficial-partial" / "unofficial-complete" for the
 *     live count before any result is published (an established but unpublished result is not public, see
 *     {@link ResultStatus}), "certified" once the commission has published a result version (a revision is a
 *     new certified version: the report is regenerated, it is not a correction notice).</li>
 * <li>GpUnits: the territory and the territories it lies in, each a ReportingUnit with its KATO code as an
 *     ExternalIdentifier (Type "other", OtherType "kato"). NIST's unit types are American; a city is a "city",
 *     a city of district significance a "town" and a village a "village", which mean the same here, but an
 *     oblast, a district and a rural district (okrug) have no honest counterpart ("state" and "county" carry
 *     US law with them), so they are "other" with OtherType "oblast", "district" or "rural-district".
 *     Each polling station is a ReportingUnit "precinct" composing the territory.</li>
 * <li>"Against all" is a line of the ballot a voter marks instead of any candidate. A CandidateSelection must
 *     name at least one candidate, and inventing a candidate would be false; SummaryCounts count ballots, not
 *     votes. It is therefore the contest's one selection without a candidate, the schema's text-only
 *     BallotMeasureSelection (Selection "against all" in kk, ru and en), with its votes per precinct.</li>
 * <li>Invalid ballots and ballots found are the contest's SummaryCounts per precinct and for the territory
 *     (BallotsRejected, BallotsCast); the voters on a precinct's list are its VotersRegistered.</li>
 * <li>Candidates are identified by their registration numbers ({@code @id} and ExternalIdentifier); a
 *     struck-off candidate (counted, cannot win) is "withdrawn"; once a result is published the winner is
 *     "winner" and candidates tied at the top "advanced-to-runoff" (repeat voting).</li>
 * </ul>
 * An annulled or not yet counted precinct is listed as a unit but carries no counts.
 */
public final class NistReport {

    /** What the report names itself as (ElectionReport.VendorApplicationId). */
    public static final String APPLICATION = "akim-elections";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PREFIX = "ElectionResults.";
    private static final String AGAINST_ALL = "selection-against-all";

    private NistReport() {
    }

    /**
     * @param view      the public view of the election (its figures, names in {@code language})
     * @param reason    why the election is held (EARLY is a "special" election)
     * @param chain     the election's territory and every territory it lies in, nearest first; empty for an
     *                  election from before the register
     * @param organizer the commission organizing the election; null for an election from before the register
     */
    public static ObjectNode of(ResultsView view, ElectionReason reason, List<Territory> chain, Commission organizer,
                                ResultsTexts texts, MailLanguage language) {
        ObjectNode report = object("ElectionReport");
        report.put("Format", "precinct-level");
        report.put("GeneratedDate", view.readAt().truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        report.put("Issuer", organizer != null ? organizer.name(language.code())
                : texts.text("site.title", language));
        report.put("IssuerAbbreviation", organizer != null ? organizer.code() : APPLICATION);
        // the whole report is one document
        report.put("SequenceStart", 1);
        report.put("SequenceEnd", 1);
        report.put("Status", status(view));
        report.put("VendorApplicationId", APPLICATION);
        if (view.revisionPending()) {
            report.put("Notes", texts.text("result.revisionPending", language));
        }

        String territoryId = unitId(view.territoryCode());
        ArrayNode units = report.putArray("GpUnit");
        for (int i = chain.size() - 1; i >= 1; i--) {
            units.add(territoryUnit(chain.get(i), unitId(chain.get(i - 1).code()), language));
        }
        ObjectNode territory = chain.isEmpty() ? unit(territoryId, "other", "territory", view.territory())
                : territoryUnit(chain.get(0), null, language);
        units.add(territory);
        ArrayNode composing = territory.putArray("ComposingGpUnitIds");
        long registered = 0;
        for (PrecinctLine precinct : view.precincts()) {
            String id = precinctId(territoryId, precinct.number());
            composing.add(id);
            registered += precinct.registeredVoters();
            ObjectNode unit = unit(id, "precinct", null, precinct.address());
            unit.put("Number", String.valueOf(precinct.number()));
            unit.put("VotersRegistered", counted(precinct) ? precinct.votersOnList() : precinct.registeredVoters());
            units.add(unit);
        }
        territory.put("VotersRegistered", registered);

        ObjectNode election = object("Election");
        report.putArray("Election").add(election);
        election.set("Name", text(texts, "nist.electionName", view.post()));
        election.put("StartDate", view.electionDay().toString());
        election.put("EndDate", view.electionDay().toString());
        election.put("Type", switch (reason) {
            case EARLY -> "special";
            case REGULAR -> "general";
            case REPEAT -> "other";
        });
        if (reason == ElectionReason.REPEAT) {
            election.put("OtherType", "repeat-election");
        }
        election.put("ElectionScopeId", territoryId);
        election.putArray("ExternalIdentifier").add(identifier("election-number", view.electionNumber()));

        ArrayNode candidates = election.putArray("Candidate");
        for (CandidateLine line : view.candidates()) {
            candidates.add(candidate(line, view.result()));
        }

        ObjectNode contest = object("CandidateContest");
        election.putArray("Contest").add(contest);
        contest.put("@id", "contest-" + view.electionNumber());
        contest.put("Name", view.post());
        contest.put("ElectoralDistrictId", territoryId);
        contest.put("VotesAllowed", 1);
        contest.put("NumberElected", 1);
        contest.put("VoteVariation", "plurality");
        contest.put("SubUnitsReported", view.progress().precinctsCounted());
        contest.put("TotalSubUnits", view.progress().precinctsTotal());
        ArrayNode selections = contest.putArray("BallotSelection");
        int order = 1;
        for (CandidateLine line : view.candidates()) {
            ObjectNode selection = object("CandidateSelection");
            selection.put("@id", "selection-" + line.registrationNumber());
            selection.putArray("CandidateIds").add(line.registrationNumber());
            selection.put("SequenceOrder", order++);
            selection.set("VoteCounts", voteCounts(view, territoryId, p -> p.votes().get(line.registrationNumber()),
                    view.totals() == null ? null : view.totals().candidates().stream()
                            .filter(c -> c.registrationNumber().equals(line.registrationNumber()))
                            .map(CandidateTotal::votes).findFirst().orElse(0L)));
            selections.add(selection);
        }
        ObjectNode againstAll = object("BallotMeasureSelection");
        againstAll.put("@id", AGAINST_ALL);
        againstAll.set("Selection", text(texts, "totals.againstAll"));
        againstAll.put("SequenceOrder", order);
        againstAll.set("VoteCounts", voteCounts(view, territoryId, PrecinctLine::againstAll,
                view.totals() == null ? null : view.totals().againstAll()));
        selections.add(againstAll);

        ArrayNode summary = contest.putArray("SummaryCounts");
        for (PrecinctLine precinct : view.precincts()) {
            if (counted(precinct)) {
                summary.add(summaryCounts(precinctId(territoryId, precinct.number()), precinct.ballotsFound(),
                        precinct.invalidBallots()));
            }
        }
        if (view.totals() != null) {
            summary.add(summaryCounts(territoryId, view.totals().ballotsFound(), view.totals().invalidBallots()));
        }
        return report;
    }

    /** NIST's ResultsStatus for where the public result stands (see the class comment). */
    static String status(ResultsView view) {
        if (!view.preliminary()) {
            return "certified";
        }
        if (!view.ballotFixed() || view.progress().precinctsCounted() == 0) {
            return "pre-election";
        }
        return view.progress().complete() ? "unofficial-complete" : "unofficial-partial";
    }

    private static ObjectNode candidate(CandidateLine line, PublishedResult result) {
        ObjectNode candidate = object("Candidate");
        candidate.put("@id", line.registrationNumber());
        // the ballot prints one name, the same in both state languages
        ObjectNode name = object("InternationalizedText");
        ArrayNode text = name.putArray("Text");
        for (String language : List.of("kk", "ru")) {
            text.add(languageString(line.name(), language));
        }
        candidate.set("BallotName", name);
        candidate.putArray("ExternalIdentifier").add(identifier("registration-number", line.registrationNumber()));
        candidate.put("PreElectionStatus", line.struckOff() ? "withdrawn" : "qualified");
        if (result != null) {
            if (line.struckOff()) {
                candidate.put("PostElectionStatus", "withdrawn");
            } else if (line.registrationNumber().equals(result.winnerRegistrationNumber())) {
                candidate.put("PostElectionStatus", "winner");
            } else if (result.tied().stream().anyMatch(t -> t.registrationNumber().equals(line.registrationNumber()))) {
                candidate.put("PostElectionStatus", "advanced-to-runoff");
            }
        }
        return candidate;
    }

    private interface PrecinctCount {
        Long of(PrecinctLine precinct);
    }

    private static ArrayNode voteCounts(ResultsView view, String territoryId, PrecinctCount count, Long total) {
        ArrayNode counts = NODES.arrayNode();
        for (PrecinctLine precinct : view.precincts()) {
            Long votes = counted(precinct) ? count.of(precinct) : null;
            if (votes != null) {
                counts.add(voteCount(precinctId(territoryId, precinct.number()), votes));
            }
        }
        if (total != null) {
            counts.add(voteCount(territoryId, total));
        }
        return counts;
    }

    private static ObjectNode voteCount(String unit, long votes) {
        ObjectNode count = object("VoteCounts");
        count.put("GpUnitId", unit);
        count.put("Type", "total");
        count.put("Count", votes);
        return count;
    }

    private static ObjectNode summaryCounts(String unit, long ballotsCast, long rejected) {
        ObjectNode counts = object("SummaryCounts");
        counts.put("GpUnitId", unit);
        counts.put("Type", "total");
        counts.put("BallotsCast", ballotsCast);
        counts.put("BallotsRejected", rejected);
        return counts;
    }

    private static boolean counted(PrecinctLine precinct) {
        return precinct.status() == PrecinctStatus.COUNTED;
    }

    private static ObjectNode territoryUnit(Territory territory, String composedOf, MailLanguage language) {
        ObjectNode unit = switch (territory.level()) {
            case REPUBLICAN_CITY, REGIONAL_CITY -> unit(unitId(territory.code()), "city", null, null);
            case DISTRICT_CITY -> unit(unitId(territory.code()), "town", null, null);
            case VILLAGE -> unit(unitId(territory.code()), "village", null, null);
            case OBLAST -> unit(unitId(territory.code()), "other", "oblast", null);
            case DISTRICT -> unit(unitId(territory.code()), "other", "district", null);
            case RURAL_DISTRICT -> unit(unitId(territory.code()), "other", "rural-district", null);
        };
        unit.put("Name", ElectionPlace.name(territory, language));
        unit.putArray("ExternalIdentifier").add(identifier("kato", territory.code()));
        if (composedOf != null) {
            unit.putArray("ComposingGpUnitIds").add(composedOf);
        }
        return unit;
    }

    private static ObjectNode unit(String id, String type, String otherType, String name) {
        ObjectNode unit = object("ReportingUnit");
        unit.put("@id", id);
        unit.put("Type", type);
        if (otherType != null) {
            unit.put("OtherType", otherType);
        }
        if (name != null) {
            unit.put("Name", name);
        }
        return unit;
    }

    private static String unitId(String katoCode) {
        return katoCode == null ? "gpu-territory" : "gpu-kato-" + katoCode;
    }

    private static String precinctId(String territoryId, int number) {
        return territoryId + "-precinct-" + number;
    }

    private static ObjectNode identifier(String otherType, String value) {
        ObjectNode identifier = object("ExternalIdentifier");
        identifier.put("Type", "other");
        identifier.put("OtherType", otherType);
        identifier.put("Value", value);
        return identifier;
    }

    /** A text of the bundles in kk, ru and en. */
    private static ObjectNode text(ResultsTexts texts, String key, Object... arguments) {
        ObjectNode text = object("InternationalizedText");
        ArrayNode strings = text.putArray("Text");
        for (MailLanguage language : MailLanguage.values()) {
            strings.add(languageString(texts.text(key, language, arguments), language.code()));
        }
        return text;
    }

    private static ObjectNode languageString(String content, String language) {
        ObjectNode string = object("LanguageString");
        string.put("Content", content);
        string.put("Language", language);
        return string;
    }

    private static ObjectNode object(String type) {
        ObjectNode node = NODES.objectNode();
        node.put("@type", PREFIX + type);
        return node;
    }
}
