package kz.election.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.election.common.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerritoryCsvTest {

    static final String HEADER = "code,parent_code,level,name_kk,name_ru\n";
    static final Territory OBLAST = new Territory("110000000", null, TerritoryLevel.OBLAST, "Ақмола облысы",
            "Акмолинская область");
    static final Territory DISTRICT = new Territory("116600000", "110000000", TerritoryLevel.DISTRICT,
            "Целиноград ауданы", "Целиноградский район");
    static final Map<String, Territory> REGISTER = Map.of(OBLAST.code(), OBLAST, DISTRICT.code(), DISTRICT);

    @Test
    void readsTheSampleRegisterWithItsCommentsIntoEveryTerritory() throws IOException {
        Parsed<Territory> parsed = TerritoryCsv.parse(sample("territories.csv"), Map.of(), List.of());

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(Territory::code).contains(DemoRegister.OBLAST, DemoRegister.DISTRICT,
                DemoRegister.OTHER_DISTRICT, DemoRegister.RURAL_DISTRICT, DemoRegister.OTHER_RURAL_DISTRICT);
        assertThat(parsed.rows()).filteredOn(t -> t.code().equals(DemoRegister.RURAL_DISTRICT)).singleElement()
                .satisfies(t -> {
                    assertThat(t.parentCode()).isEqualTo(DemoRegister.DISTRICT);
                    assertThat(t.level()).isEqualTo(TerritoryLevel.RURAL_DISTRICT);
                });
    }

    @Test
    void readsAByteOrderMarkQuotedNamesWithCommasAndAParentAlreadyInTheRegister() {
        Parsed<Territory> parsed = parse("\uFEFF" + HEADER
                + "116633100,116600000,RURAL_DISTRICT,\"Талапкер, ауылдық округі\",\"Талапкерский, сельский округ\"\n",
                REGISTER);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(t -> {
            assertThat(t.nameKk()).isEqualTo("Талапкер, ауылдық округі");
            assertThat(t.nameRu()).isEqualTo("Талапкерский, сельский округ");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a code of 8 digits              | 11663310,116600000,RURAL_DISTRICT,Ауыл,Округ          | line 2, code        | not a KATO code
            a code with letters             | 11663310A,116600000,RURAL_DISTRICT,Ауыл,Округ         | line 2, code        | not a KATO code
            an unknown level                | 116633100,116600000,SETTLEMENT,Ауыл,Округ             | line 2, level       | not one of
            a blank Kazakh name             | 116633100,116600000,RURAL_DISTRICT, ,Округ            | line 2, name_kk     | is required
            a Russian name with a tab       | 116633100,116600000,RURAL_DISTRICT,Ауыл,"Окр\tуг"     | line 2, name_ru     | U+0009
            an oblast with a parent         | 120000000,110000000,OBLAST,Облыс,Область              | line 2, parent_code | lies in no other
            a district without a parent     | 116900000,,DISTRICT,Аудан,Район                       | line 2, parent_code | is required
            an unknown parent               | 116633100,116700000,RURAL_DISTRICT,Ауыл,Округ         | line 2, parent_code | neither in the file nor in the register
            a district in a district        | 116690000,116600000,DISTRICT,Аудан,Район              | line 2, parent_code | higher tier
            a code outside its parent       | 117733100,116600000,RURAL_DISTRICT,Ауыл,Округ         | line 2, code        | must begin with 1166
            a district outside its oblast   | 126900000,110000000,DISTRICT,Аудан,Район              | line 2, code        | must begin with 11
            too many columns                | 116633100,116600000,RURAL_DISTRICT,Ауыл,Округ,extra   | line 2              | columns
            """)
    void namesTheLineAndColumnOfEachWrongField(String what, String line, String field, String message) {
        Parsed<Territory> parsed = parse(HEADER + line.replace("\\t", "\t") + "\n", REGISTER);

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).contains(message);
        });
    }

    @Test
    void letsAVillageLieInARuralDistrictOfTheSameTierWithinItsSixDigits() {
        Parsed<Territory> parsed = parse(HEADER
                + "116633100,116600000,RURAL_DISTRICT,Талапкер ауылдық округі,Талапкерский сельский округ\n"
                + "116633101,116633100,VILLAGE,Талапкер ауылы,село Талапкер\n"
                + "116635101,116633100,VILLAGE,Басқа ауыл,Другое село\n"
                + "116633102,116633101,VILLAGE,Ауыл,Село\n", REGISTER);

        assertThat(parsed.errors()).extracting(FieldViolation::field).containsExactly("line 4, code", "line 5, parent_code");
        assertThat(parsed.errors().get(0).message()).contains("must begin with 116633");
    }

    @Test
    void namesEveryBadLineAndASecondCodeAndKeepsNoRow() {
        Parsed<Territory> parsed = parse(HEADER
                + "# a comment line is skipped and keeps the numbering\n"
                + "116633100,116600000,RURAL_DISTRICT,Ауыл,Округ\n"
                + "\n"
                + "116633100,116600000,RURAL_DISTRICT,Ауыл,Округ\n"
                + "12345,116600000,RURAL_DISTRICT,Ауыл,Округ\n"
                + "116635100,116600000,RURAL_DISTRICT,Ауыл,\n", REGISTER);

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("line 5, code", "line 6, code", "line 7, name_ru");
        assertThat(parsed.errors()).filteredOn(e -> e.field().equals("line 5, code")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("already on line 3"));
    }

    @Test
    void aTerritoryChangingItsLevelStillHoldsWhatLiesInItAndFitsTheCommissionsServingIt() {
        Territory rural = new Territory("116633100", "116600000", TerritoryLevel.RURAL_DISTRICT, "Ауыл", "Округ");
        Map<String, Territory> register = Map.of(OBLAST.code(), OBLAST, DISTRICT.code(), DISTRICT, rural.code(), rural);
        Commission tec = new Commission("TEC-116600000", CommissionLevel.TERRITORIAL, "OEC-110000000", "116600000", null,
                "Аудан", "Район", "tec@election.example.kz", "ru");
        String demoted = "116600000,110000000,RURAL_DISTRICT,Целиноград,Целиноградский\n";

        Parsed<Territory> parsed = TerritoryCsv.parse((HEADER + demoted).getBytes(StandardCharsets.UTF_8), register,
                List.of(tec));

        assertThat(parsed.errors()).extracting(FieldViolation::field).containsExactly("line 2, level", "line 2, level");
        assertThat(parsed.errors().get(0).message()).contains("116633100 lies in it");
        assertThat(parsed.errors().get(1).message()).contains("TEC-116600000 serves it");
        // renamed only: nothing to check below it
        assertThat(TerritoryCsv.parse((HEADER + "116600000,110000000,DISTRICT,Жаңа,Новый\n")
                .getBytes(StandardCharsets.UTF_8), register, List.of(tec)).errors()).isEmpty();
    }

    @Test
    void refusesAFileWithoutItsHeaderOrNotInUtf8OrWithAnOpenQuote() {
        assertThat(parse("code,level\n1,2\n", Map.of()).errors()).extracting(FieldViolation::field).containsExactly("line 1");
        assertThat(parse("", Map.of()).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("empty"));
        assertThat(TerritoryCsv.parse(new byte[] {(byte) 0xC3, (byte) 0x28}, Map.of(), List.of()).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("not UTF-8"));
        assertThat(parse(HEADER + "116633100,116600000,RURAL_DISTRICT,\"Ауыл,Округ\n", REGISTER).errors())
                .singleElement().satisfies(e -> assertThat(e.message()).contains("double quote"));
    }

    @Test
    void anEmptyRegisterFileReadsNoRowsAndNoErrors() {
        assertThat(parse("# nothing yet\n" + HEADER, Map.of())).satisfies(parsed -> {
            assertThat(parsed.errors()).isEmpty();
            assertThat(parsed.rows()).isEmpty();
        });
    }

    static Parsed<Territory> parse(String csv, Map<String, Territory> register) {
        return TerritoryCsv.parse(csv.getBytes(StandardCharsets.UTF_8), register, List.of());
    }

    static byte[] sample(String name) throws IOException {
        try (InputStream in = TerritoryCsvTest.class.getResourceAsStream("/registers/sample/" + name)) {
            return in.readAllBytes();
        }
    }

    static List<String> fields(Parsed<?> parsed) {
        return parsed.errors().stream().map(FieldViolation::field).toList();
    }
}
