package kz.election.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.election.common.FieldViolation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommissionCsvTest {

    static final String HEADER = "code,level,parent_code,territory_code,precinct_number,name_kk,name_ru,mailbox,language\n";
    static Map<String, Territory> territories;
    static Map<String, Commission> register;

    @BeforeAll
    static void theSampleRegister() throws IOException {
        territories = TerritoryCsv.parse(TerritoryCsvTest.sample("territories.csv"), Map.of(), List.of()).rows().stream()
                .collect(Collectors.toMap(Territory::code, Function.identity()));
        Parsed<Commission> sample = CommissionCsv.parse(TerritoryCsvTest.sample("commissions.csv"), Map.of(),
                territories, Scope.EVERYTHING);
        assertThat(sample.errors()).isEmpty();
        register = sample.rows().stream().collect(Collectors.toMap(Commission::code, Function.identity()));
    }

    @Test
    void theSampleHoldsTheCodesTheTestsUse() {
        assertThat(register).containsKeys(DemoRegister.CEC, DemoRegister.OBLAST_COMMISSION, DemoRegister.TEC,
                DemoRegister.OTHER_TEC);
        assertThat(register.get(DemoRegister.TEC).territoryCode()).isEqualTo(DemoRegister.DISTRICT);
        assertThat(register.get(DemoRegister.OTHER_TEC).parentCode()).isEqualTo(DemoRegister.OBLAST_COMMISSION);
        assertThat(register.values()).filteredOn(c -> c.level() == CommissionLevel.PRECINCT)
                .extracting(Commission::precinctNumber).containsExactlyInAnyOrder(421, 422, 501);
    }

    @Test
    void theSameFileAgainAgainstTheRegisterItMadeIsStillRight() throws IOException {
        assertThat(CommissionCsv.parse(TerritoryCsvTest.sample("commissions.csv"), register, territories,
                Scope.EVERYTHING).errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a code with a space         | PEC 1,PRECINCT,TEC-116600000,116600000,430,Н,Н,a@election.example.kz,ru        | line 2, code            | not a commission code
            an unknown level            | X-1,DISTRICT,TEC-116600000,116600000,,Н,Н,a@election.example.kz,ru            | line 2, level           | not one of
            a CEC with a parent         | CEC,CEC,OEC-110000000,,,Н,Н,cec@election.example.kz,kk                        | line 2, parent_code     | answers to no commission
            a CEC with a territory      | CEC,CEC,,110000000,,Н,Н,cec@election.example.kz,kk                            | line 2, territory_code  | whole country
            a second CEC                | CEC-2,CEC,,,,Н,Н,cec2@election.example.kz,kk                                   | line 2, level           | one CEC
            a TEC without a parent      | TEC-116900000,TERRITORIAL,,116600000,,Н,Н,a@election.example.kz,ru            | line 2, parent_code     | is required
            a TEC without a territory   | TEC-X,TERRITORIAL,OEC-110000000,,,Н,Н,a@election.example.kz,ru                | line 2, territory_code  | is required
            an unknown parent           | TEC-X,TERRITORIAL,OEC-990000000,116600000,,Н,Н,a@election.example.kz,ru       | line 2, parent_code     | neither in the file
            a parent two levels up      | PEC-X,PRECINCT,OEC-110000000,116600000,430,Н,Н,a@election.example.kz,ru       | line 2, parent_code     | answers to a TERRITORIAL
            an unknown territory        | TEC-X,TERRITORIAL,OEC-110000000,119900000,,Н,Н,a@election.example.kz,ru       | line 2, territory_code  | import the territories first
            an oblast commission of a district | OEC-X,OBLAST,CEC,116600000,,Н,Н,a@election.example.kz,ru               | line 2, territory_code  | oblast commission serves
            a TEC of a rural district   | TEC-X,TERRITORIAL,OEC-110000000,116633100,,Н,Н,a@election.example.kz,ru       | line 2, territory_code  | territorial commission serves
            a PEC of another territory  | PEC-X,PRECINCT,TEC-116600000,116800000,430,Н,Н,a@election.example.kz,ru       | line 2, territory_code  | its territorial commission's
            a PEC without a number      | PEC-X,PRECINCT,TEC-116600000,116600000,,Н,Н,a@election.example.kz,ru          | line 2, precinct_number | is required
            a PEC numbered 0            | PEC-X,PRECINCT,TEC-116600000,116600000,0,Н,Н,a@election.example.kz,ru         | line 2, precinct_number | above 0
            a TEC with a number         | TEC-116600000,TERRITORIAL,OEC-110000000,116600000,5,Н,Н,a@election.example.kz,ru | line 2, precinct_number | only a precinct
            a second TEC of a district  | TEC-DUP,TERRITORIAL,OEC-110000000,116600000,,Н,Н,a@election.example.kz,ru     | line 2, territory_code  | has its TERRITORIAL commission TEC-116600000
            a second PEC number         | PEC-DUP,PRECINCT,TEC-116600000,116600000,421,Н,Н,a@election.example.kz,ru     | line 2, precinct_number | is PEC-116600000-0421 already
            a bad mailbox               | PEC-X,PRECINCT,TEC-116600000,116600000,430,Н,Н,not an address,ru              | line 2, mailbox         | not a single mail address
            a named mailbox             | PEC-X,PRECINCT,TEC-116600000,116600000,430,Н,Н,"PEC <a@election.example.kz>",ru | line 2, mailbox       | not a single mail address
            an English language         | PEC-X,PRECINCT,TEC-116600000,116600000,430,Н,Н,a@election.example.kz,en       | line 2, language        | not kk or ru
            a blank name                | PEC-X,PRECINCT,TEC-116600000,116600000,430,,Н,a@election.example.kz,ru        | line 2, name_kk         | is required
            """)
    void namesTheLineAndColumnOfEachWrongField(String what, String line, String field, String message) {
        Parsed<Commission> parsed = parse(HEADER + line + "\n", Scope.EVERYTHING);

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).anySatisfy(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).contains(message);
        });
    }

    @Test
    void checksATecsTerritoryLiesInItsOblastCommissionsTerritory() {
        Map<String, Territory> withOther = new HashMap<>(territories);
        withOther.put("120000000", new Territory("120000000", null, TerritoryLevel.OBLAST, "Басқа", "Другая"));
        withOther.put("126600000", new Territory("126600000", "120000000", TerritoryLevel.DISTRICT, "Аудан", "Район"));

        Parsed<Commission> parsed = CommissionCsv.parse((HEADER
                        + "TEC-126600000,TERRITORIAL,OEC-110000000,126600000,,Аудан,Район,a@election.example.kz,ru\n")
                .getBytes(StandardCharsets.UTF_8), register, withOther, Scope.EVERYTHING);

        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("line 2, territory_code");
            assertThat(error.message()).contains("does not lie in 110000000");
        });
    }

    @Test
    void aTecMovingToAnotherDistrictTakesItsPrecinctCommissionsAlongInTheSameFile() {
        Map<String, Territory> withNew = new HashMap<>(territories);
        withNew.put("116900000", new Territory("116900000", "110000000", TerritoryLevel.DISTRICT, "Аудан", "Район"));
        String moved = "TEC-116600000,TERRITORIAL,OEC-110000000,116900000,,Н,Н,tec@election.example.kz,ru\n";

        Parsed<Commission> alone = CommissionCsv.parse((HEADER + moved).getBytes(StandardCharsets.UTF_8), register,
                withNew, Scope.EVERYTHING);
        Parsed<Commission> together = CommissionCsv.parse((HEADER + moved
                        + "PEC-116600000-0421,PRECINCT,TEC-116600000,116900000,421,Н,Н,a@election.example.kz,ru\n"
                        + "PEC-116600000-0422,PRECINCT,TEC-116600000,116900000,422,Н,Н,b@election.example.kz,ru\n")
                .getBytes(StandardCharsets.UTF_8), register, withNew, Scope.EVERYTHING);

        assertThat(alone.errors()).extracting(FieldViolation::field)
                .containsExactly("line 2, territory_code", "line 2, territory_code");
        assertThat(alone.errors().get(0).message()).contains("PEC-116600000-042", "move it in the same file");
        assertThat(together.errors()).isEmpty();
    }

    @Test
    void aCommissionChangingItsLevelKeepsWhatAnswersToIt() {
        Parsed<Commission> parsed = parse(HEADER
                + "TEC-116800000,OBLAST,CEC,110000000,,Н,Н,a@election.example.kz,kk\n", Scope.EVERYTHING);

        assertThat(parsed.errors()).filteredOn(e -> e.message().contains("PEC-116800000-0501 answers to it"))
                .extracting(FieldViolation::field).containsExactly("line 2, level");
    }

    @Test
    void takesAParentFromTheSameFileAndNamesTwoCommissionsOfOneCodeOrSlot() {
        Parsed<Commission> parsed = parse(HEADER
                + "TEC-116633100,TERRITORIAL,OEC-110000000,116800000,,Н,Н,a@election.example.kz,ru\n"
                + "PEC-NEW-1,PRECINCT,TEC-NEW,116600000,1,Н,Н,a@election.example.kz,ru\n"
                + "PEC-NEW-1,PRECINCT,TEC-116600000,116600000,430,Н,Н,a@election.example.kz,ru\n"
                + "PEC-NEW-2,PRECINCT,TEC-116600000,116600000,430,Н,Н,a@election.example.kz,ru\n", Scope.EVERYTHING);

        assertThat(parsed.errors()).extracting(FieldViolation::field).contains(
                "line 2, territory_code", // TEC-116800000 has Shortandy already
                "line 3, parent_code", // TEC-NEW is nowhere
                "line 4, code");
        assertThat(parsed.errors()).filteredOn(e -> e.field().equals("line 5, precinct_number")).isNotEmpty();
    }

    @Test
    void aCommissionMemberChangesOnlyWhatLiesStrictlyBelowTheirCommission() {
        String below = "PEC-116600000-0430,PRECINCT,TEC-116600000,116600000,430,Н,Н,a@election.example.kz,ru\n";
        String elsewhere = "PEC-116800000-0530,PRECINCT,TEC-116800000,116800000,530,Н,Н,a@election.example.kz,ru\n";
        String itself = "TEC-116600000,TERRITORIAL,OEC-110000000,116600000,,Н,Н,other@election.example.kz,ru\n";
        Scope tec = Scope.below(Set.of(DemoRegister.TEC));

        assertThat(parse(HEADER + below, tec).errors()).isEmpty();
        assertThat(parse(HEADER + below, Scope.below(Set.of(DemoRegister.OBLAST_COMMISSION))).errors()).isEmpty();
        Parsed<Commission> mixed = parse(HEADER + below + elsewhere + itself, tec);
        assertThat(mixed.errors()).extracting(FieldViolation::field).containsExactly("line 3, code", "line 4, code");
        assertThat(mixed.errors().get(0).message()).contains("not below a commission of yours", DemoRegister.TEC);
        assertThat(mixed.noneAllowed()).isFalse();
        assertThat(parse(HEADER + elsewhere, tec).noneAllowed()).isTrue();
    }

    @Test
    void aMemberCannotMoveACommissionFromElsewhereIntoTheirArea() {
        // PEC-116800000-0501 answers to TEC-116800000; a file moving it under TEC-116600000 is not the latter's to send
        Parsed<Commission> parsed = parse(HEADER
                + "PEC-116800000-0501,PRECINCT,TEC-116600000,116600000,501,Н,Н,a@election.example.kz,ru\n",
                Scope.below(Set.of(DemoRegister.TEC)));

        assertThat(parsed.errors()).extracting(FieldViolation::field).containsExactly("line 2, code");
    }

    private static Parsed<Commission> parse(String csv, Scope scope) {
        return CommissionCsv.parse(csv.getBytes(StandardCharsets.UTF_8), register, territories, scope);
    }

    static Map<String, Commission> commissions() {
        return Stream.of(register).flatMap(m -> m.entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
