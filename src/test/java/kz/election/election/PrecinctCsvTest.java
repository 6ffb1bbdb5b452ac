package kz.election.election;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrecinctCsvTest {

    private final PrecinctCsv csv = new PrecinctCsv();

    private PrecinctUpload parse(String text) {
        return csv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<PrecinctRow> accepted(String text) {
        PrecinctUpload upload = parse(text);
        assertThat(upload).isInstanceOf(PrecinctUpload.Accepted.class);
        return ((PrecinctUpload.Accepted) upload).precincts();
    }

    private List<String> errors(String text) {
        PrecinctUpload upload = parse(text);
        assertThat(upload).isInstanceOf(PrecinctUpload.Rejected.class);
        return ((PrecinctUpload.Rejected) upload).errors().stream().map(CsvError::toString).toList();
    }

    @Test
    void readsSemicolonSeparatedRowsWithCyrillicAddressesAndAHeader() {
        List<PrecinctRow> rows = accepted("""
                №;Мекенжай;Сайлаушылар
                101;Жетісу облысы, Көктал ауылы, Абай көшесі, 12;1200
                102;с. Коктал, ул. Абая, 15;   830
                """);

        assertThat(rows).containsExactly(
                new PrecinctRow(101, "Жетісу облысы, Көктал ауылы, Абай көшесі, 12", 1200),
                new PrecinctRow(102, "с. Коктал, ул. Абая, 15", 830));
    }

    @Test
    void readsCommaSeparatedRowsWithQuotedAddressesAndNoHeader() {
        List<PrecinctRow> rows = accepted("""
                7,"г. Талдыкорган, ул. Толебаева, 80",1500
                8,School No. 3,130
                """);

        assertThat(rows).extracting(PrecinctRow::address)
                .containsExactly("г. Талдыкорган, ул. Толебаева, 80", "School No. 3");
    }

    @Test
    void toleratesAByteOrderMarkWindowsLineEndsAndBlankLines() {
        List<PrecinctRow> rows = accepted("\uFEFFnumber,address,voters\r\n\r\n1,Ауыл клубы,450\r\n,,\r\n2,Мектеп,320\r\n");

        assertThat(rows).extracting(PrecinctRow::number).containsExactly(1, 2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        letters as voters       | 1;Клуб;abc                   | line 1, voters: 'abc' is not a whole number
        zero voters             | 1;Клуб;0                     | line 1, voters: '0' must be at least 1
        negative number         | -3;Клуб;100                  | line 1, number: '-3' is not a whole number
        decimal voters          | 1;Клуб;12.5                  | line 1, voters: '12.5' is not a whole number
        too many voters         | 1;Клуб;100001                | line 1, voters: '100001' is more than the maximum of 100000
        huge number             | 99999999999;Клуб;100         | line 1, number: '99999999999' is more than the maximum of 2147483647
        empty address           | 1; ;100                      | line 1, address: is empty
        missing column          | 1;Клуб                       | line 1: expected 3 columns (number, address, voters), found 2
        extra column            | 1;Клуб;100;42                | line 1: expected 3 columns (number, address, voters), found 4
        open quote              | 1;"Клуб;100                  | line 1: the file is not valid CSV (is a double quote left open?)
        """)
    void rejectsABadCellNamingLineAndColumn(String problem, String line, String expected) {
        assertThat(errors(line + "\n")).containsExactly(expected);
    }

    @Test
    void rejectsAnAddressLongerThan500Characters() {
        assertThat(errors("1;" + "а".repeat(501) + ";100\n"))
                .containsExactly("line 1, address: has 501 characters, at most 500 are allowed");
    }

    @Test
    void reportsABadLineInTheMiddleByItsLineNumberInTheFile() {
        assertThat(errors("""
                number;address;voters
                1;Клуб;100

                2;Мектеп;abc
                3;Әкімдік;300
                """)).containsExactly("line 4, voters: 'abc' is not a whole number");
    }

    @Test
    void pointsAtTheLineWhereAQuoteIsLeftOpen() {
        assertThat(errors("1;Клуб;100\n\n2;\"Мектеп;200\n3;Әкімдік;300\n"))
                .containsExactly("line 3: the file is not valid CSV (is a double quote left open?)");
    }

    @Test
    void listsEveryErrorOfTheFileAtOnce() {
        assertThat(errors("""
                1;Клуб;100
                x;;-5
                1;Мектеп;200
                4;"Школа, корпус 2";
                """)).containsExactly(
                "line 2, number: 'x' is not a whole number",
                "line 2, address: is empty",
                "line 2, voters: '-5' is not a whole number",
                "line 3, number: precinct 1 is already on line 1",
                "line 4, voters: is empty");
    }

    @Test
    void rejectsDuplicatePrecinctNumbers() {
        assertThat(errors("5,A,100\n6,B,100\n5,C,100\n05,D,100\n")).containsExactly(
                "line 3, number: precinct 5 is already on line 1",
                "line 4, number: precinct 5 is already on line 1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        empty file        | ''
        blank lines only  | '\n\n'
        header only       | 'number;address;voters\n'
        byte order mark   | '\uFEFF'
        """)
    void rejectsAFileWithoutPrecincts(String name, String text) {
        assertThat(errors(text.replace("\\n", "\n"))).containsExactly("line 1: the file has no precincts");
    }

    @Test
    void rejectsAFileThatIsNotUtf8() {
        byte[] windows1251 = "1;Клуб;100\n".getBytes(Charset.forName("windows-1251"));

        assertThat(csv.parse(windows1251)).isEqualTo(new PrecinctUpload.Rejected(List.of(
                new CsvError(1, null, "the file is not UTF-8 text; save it as \"CSV UTF-8\""))));
    }
}
