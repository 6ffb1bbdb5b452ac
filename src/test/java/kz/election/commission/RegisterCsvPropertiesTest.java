package kz.election.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a register file holds, the reader answers rows or named lines, never an exception. */
class RegisterCsvPropertiesTest {

    private static final Pattern LINE = Pattern.compile("line (\\d+)(, [a-z_]+)?");

    @Property(tries = 300)
    void namesWithCommasAndQuotesComeBackAsWrittenByAnyRfc4180Writer(@ForAll("names") String kk,
                                                                       @ForAll("names") String ru,
                                                                       @ForAll boolean byteOrderMark) throws IOException {
        StringWriter file = new StringWriter();
        if (byteOrderMark) {
            file.write('\uFEFF');
        }
        try (CSVPrinter printer = new CSVPrinter(file, CSVFormat.DEFAULT)) {
            printer.printRecord(TerritoryCsv.HEADER);
            printer.printRecord("110000000", "", "OBLAST", kk, ru);
        }

        Parsed<Territory> parsed = TerritoryCsv.parse(file.toString().getBytes(StandardCharsets.UTF_8), Map.of(), List.of());

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(territory -> {
            assertThat(territory.nameKk()).isEqualTo(kk.strip());
            assertThat(territory.nameRu()).isEqualTo(ru.strip());
        });
    }

    @Property(tries = 500)
    void everyErrorNamesALineOfTheFile(@ForAll("fileLike") String text) {
        List<Parsed<?>> results = List.of(
                TerritoryCsv.parse(text.getBytes(StandardCharsets.UTF_8), Map.of(), List.of()),
                CommissionCsv.parse(text.getBytes(StandardCharsets.UTF_8), Map.of(), Map.of(), Scope.EVERYTHING),
                MemberCsv.parse(text.getBytes(StandardCharsets.UTF_8), Map.of(), Map.of(), id -> true, Scope.EVERYTHING));
        long lines = text.lines().count();

        for (Parsed<?> parsed : results) {
            assertThat(parsed.ok()).isEqualTo(parsed.errors().isEmpty());
            assertThat(parsed.errors()).allSatisfy(error -> {
                Matcher field = LINE.matcher(error.field());
                assertThat(field.matches()).as(error.field()).isTrue();
                assertThat(Long.parseLong(field.group(1))).isBetween(1L, Math.max(1L, lines));
                assertThat(error.message()).isNotBlank();
            });
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("Ақмола Акмолинская,\"'-()№/.")
                .ofMinLength(1).ofMaxLength(40).filter(name -> !name.isBlank() && !name.strip().startsWith("#"));
    }

    @Provide
    Arbitrary<String> fileLike() {
        Arbitrary<String> header = Arbitraries.of(String.join(",", TerritoryCsv.HEADER), String.join(",", CommissionCsv.HEADER),
                String.join(",", MemberCsv.HEADER), "code,level", "");
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789,\"#\r\n ").ofMaxLength(30),
                Arbitraries.of("110000000,,OBLAST,Облыс,Область", "116600000,110000000,DISTRICT,Аудан,Район",
                        "CEC,CEC,,,,Н,Н,cec@election.example.kz,kk", "TEC-1,demo-tec,CHAIR", "# comment", "",
                        "\"open quote,1,2"));
        return Arbitraries.oneOf(header.map(h -> h + "\n"), Arbitraries.just(""))
                .flatMap(h -> line.list().ofMaxSize(6).map(lines -> h + String.join("\n", lines)));
    }
}
