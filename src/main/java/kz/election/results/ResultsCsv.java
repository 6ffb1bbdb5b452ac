package kz.election.results;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The results as CSV: UTF-8 with a byte order mark (so spreadsheet programs read Kazakh and Russian
 * right), a header, one row per precinct and a total row; {@code row} says which. Numbers are plain
 * (no grouping, a dot before decimals) so programs read them in any locale; a precinct still awaiting
 * its protocol has empty figures. commons-csv quotes names and addresses with commas or line breaks.
 * Every row of the precinct table names the election's territory: its KATO code (empty for an election
 * from before the register) and its name in the language the file was asked for.
 *
 * <p>After the precinct table, separated by an empty line, come up to two more sections, each with its
 * own header whose first column is again {@code row}: the published result versions ({@code row} =
 * {@code result}, oldest first, the last one in force) and the complaints ({@code row} = {@code
 * complaint}). A program reading only the first table stops at the first empty line.
 */
public final class ResultsCsv {

    public static final String BOM = "\uFEFF";
    static final List<String> FIXED_COLUMNS = List.of("row", "election_number", "territory_code", "territory",
            "precinct_number", "address", "status",
            "registered_voters", "protocol_version", "voters_on_list", "ballots_found", "turnout_percent",
            "invalid_ballots", "against_all", "excluded_by_complaint");
    static final List<String> RESULT_COLUMNS = List.of("row", "election_number", "version", "outcome",
            "winner_registration_number", "winner_name", "cause", "complaint_number", "tabulated_at", "published_at");
    static final List<String> COMPLAINT_COLUMNS = List.of("row", "election_number", "complaint_number", "filed_on",
            "subject", "subject_reference", "status", "decision", "remedy", "remedy_target", "decided_on",
            "court_ruling", "ruled_on", "court_remedy", "court_remedy_target");

    private ResultsCsv() {
    }

    public static byte[] render(ResultsView view) {
        List<CandidateLine> candidates = view.ballotFixed() ? view.candidates() : List.of();
        List<String> header = new ArrayList<>(FIXED_COLUMNS);
        // one column per ballot line, named by registration number and name so two namesakes stay apart
        candidates.forEach(c -> header.add("votes " + c.registrationNumber() + " " + c.name()
                + (c.struckOff() ? " (struck off)" : "")));
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(header.stream().map(ResultsCsv::cell).toList());
            for (PrecinctLine p : view.precincts()) {
                List<Object> row = new ArrayList<>(List.of("precinct", view.electionNumber(),
                        blank(view.territoryCode()), cell(view.territory()), p.number(), cell(p.address()),
                        p.status().name().toLowerCase(), p.registeredVoters()));
                row.add(blank(p.protocolVersion()));
                row.add(blank(p.votersOnList()));
                row.add(blank(p.ballotsFound()));
                row.add(blank(p.turnoutPercent()));
                row.add(blank(p.invalidBallots()));
                row.add(blank(p.againstAll()));
                row.add(blank(p.excludedByComplaint()));
                candidates.forEach(c -> row.add(blank(p.votes().get(c.registrationNumber()))));
                csv.printRecord(row);
            }
            csv.printRecord(totalRow(view, candidates));
            if (!view.revisions().isEmpty()) {
                csv.println();
                csv.printRecord(RESULT_COLUMNS);
                for (ResultRevision r : view.revisions()) {
                    csv.printRecord("result", view.electionNumber(), r.version(), r.countOutcome(),
                            blank(r.winnerRegistrationNumber()), cell(r.winnerName()), cell(r.cause()),
                            blank(r.complaintNumber()), blank(r.tabulatedAt()), blank(r.publishedAt()));
                }
            }
            if (view.complaints() != null && !view.complaints().isEmpty()) {
                csv.println();
                csv.printRecord(COMPLAINT_COLUMNS);
                for (PublicComplaint c : view.complaints()) {
                    csv.printRecord("complaint", view.electionNumber(), c.complaintNumber(), blank(c.filedOn()),
                            c.subject(), cell(c.subjectReference()), c.status(), blank(c.decision()),
                            blank(c.remedy()), cell(c.remedyTarget()), blank(c.decidedOn()), blank(c.courtRuling()),
                            blank(c.ruledOn()), blank(c.courtRemedy()), cell(c.courtRemedyTarget()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<Object> totalRow(ResultsView view, List<CandidateLine> candidates) {
        Totals t = view.totals();
        long registered = view.precincts().stream().mapToLong(PrecinctLine::registeredVoters).sum();
        List<Object> row = new ArrayList<>(List.of(view.preliminary() ? "total preliminary"
                        : "total " + view.resultStatus().name().toLowerCase() + " v" + view.result().version(),
                view.electionNumber(), blank(view.territoryCode()), cell(view.territory()), "", "",
                view.progress().precinctsCounted() + " of " + view.progress().precinctsTotal() + " counted",
                registered, ""));
        if (t == null) {
            row.addAll(List.of("", "", "", "", "", ""));
            return row;
        }
        row.addAll(List.of(t.votersOnList(), t.ballotsFound(), plain(view.progress().turnoutPercent()),
                t.invalidBallots(), t.againstAll(), ""));
        t.candidates().forEach(c -> row.add(c.votes()));
        return row;
    }

    private static Object blank(Object value) {
        if (value instanceof BigDecimal decimal) {
            return plain(decimal);
        }
        return value == null ? "" : value;
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    /**
     * Text as data, never as a formula: a spreadsheet would run a cell starting with = + - @ (CSV
     * injection), so such text gets a leading apostrophe, as OWASP advises.
     */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
