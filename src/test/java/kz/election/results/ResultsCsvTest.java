package kz.election.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import kz.election.ballot.Ballot;
import kz.election.ballot.BallotCandidate;
import kz.election.ballot.BallotEntry;
import kz.election.tally.AcceptedProtocol;
import kz.election.tally.OutcomeRules;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV: a BOM, a header, one row per precinct and a total row with the tabulation's numbers. */
class ResultsCsvTest {

    @Test
    void oneRowPerPrecinctAndATotalRowWithTheSameNumbersAsTheView() throws IOException {
        ResultsView view = ResultsAssembly.assemble(ResultsAssemblyTest.election(3),
                List.of(new BallotEntry("C-1", "Sadykova, Aigerim", "\"Amanat\" party"),
                        new BallotEntry("C-2", "Беков Нұрлан", "self-nominated")),
                List.of(), new Ballot(List.of(new BallotCandidate("C-1", "Sadykova, Aigerim", 1),
                        new BallotCandidate("C-2", "Беков Нұрлан", 2))),
                List.of(new AcceptedProtocol("1", 1, ResultsFixtures.figures(1)),
                        new AcceptedProtocol("3", 1, ResultsFixtures.figures(3))),
                Set.of(), OutcomeRules.defaults(), OffsetDateTime.parse("2026-09-13T22:00:00+05:00"), null);

        byte[] bytes = ResultsCsv.render(view);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = parse(bytes);
        assertThat(rows.get(0).toList()).containsExactly("row", "election_number", "territory_code", "territory", "precinct_number", "address",
                "status", "registered_voters", "protocol_version", "voters_on_list", "ballots_found", "turnout_percent",
                "invalid_ballots", "against_all", "excluded_by_complaint", "votes C-1 Sadykova, Aigerim", "votes C-2 Беков Нұрлан");
        assertThat(rows).hasSize(1 + 3 + 1);
        assertThat(rows.get(1).toList()).containsExactly("precinct", "2026-RUR-0001", "", "Kosshy", "1", "School No. 1", "counted",
                "410", "1", "410", "327", "79.76", "1", "11", "", "160", "155");
        assertThat(rows.get(2).toList()).containsExactly("precinct", "2026-RUR-0001", "", "Kosshy", "2", "School No. 2", "awaiting",
                "420", "", "", "", "", "", "", "", "", "");
        Totals t = view.totals();
        assertThat(rows.get(4).toList()).containsExactly("total preliminary", "2026-RUR-0001", "", "Kosshy", "", "",
                "2 of 3 counted",
                "1260", "", Long.toString(t.votersOnList()), Long.toString(t.ballotsFound()),
                view.progress().turnoutPercent().toPlainString(), Long.toString(t.invalidBallots()),
                Long.toString(t.againstAll()), "", Long.toString(t.candidates().get(0).votes()),
                Long.toString(t.candidates().get(1).votes()));
    }

    @Test
    void beforeTheBallotIsFixedTheRowsHaveNoCandidateColumns() throws IOException {
        ResultsView view = ResultsAssembly.assemble(ResultsAssemblyTest.election(2), List.of(), List.of(), null,
                List.of(), Set.of(), OutcomeRules.defaults(), OffsetDateTime.parse("2026-08-10T10:00:00+05:00"), null);

        List<CSVRecord> rows = parse(ResultsCsv.render(view));

        assertThat(rows).allSatisfy(row -> assertThat(row.size()).isEqualTo(ResultsCsv.FIXED_COLUMNS.size()));
        assertThat(rows.get(3).get(ResultsCsv.FIXED_COLUMNS.indexOf("ballots_found"))).isEmpty();
    }

    @Test
    void everyRowOfThePrecinctTableNamesTheTerritoryByCodeAndTheNameAskedFor() throws IOException {
        ElectionPlace place = new ElectionPlace("116633100", "Қосшы ауылдық округі",
                new TerritoryName("116600000", "Целиноград ауданы"), new TerritoryName("110000000", "Ақмола облысы"));
        ResultsView view = ResultsAssembly.assemble(ResultsAssemblyTest.election(2), place, List.of(), List.of(), null,
                List.of(), new ResultRecord(List.of(), List.of(), java.time.ZoneOffset.ofHours(5)),
                OutcomeRules.defaults(), OffsetDateTime.parse("2026-08-10T10:00:00+05:00"), null);

        List<CSVRecord> rows = parse(ResultsCsv.render(view));

        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.toList().subList(1, 4))
                .containsExactly("2026-RUR-0001", "116633100", "Қосшы ауылдық округі"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            =HYPERLINK("http://evil")  | '=HYPERLINK("http://evil")
            +7 701 000 00 00           | '+7 701 000 00 00
            -1                         | '-1
            @SUM(A1)                   | '@SUM(A1)
            School No. 3               | School No. 3
            №1 мектеп                  | №1 мектеп
            """)
    void textNeverBecomesASpreadsheetFormula(String text, String cell) {
        assertThat(ResultsCsv.cell(text)).isEqualTo(cell);
    }

    /** Parses the CSV after its byte order mark; the first record is the header. */
    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith(ResultsCsv.BOM);
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }
}
