package kz.election.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import kz.election.common.FieldViolation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberCsvTest {

    static final String HEADER = "commission_code,user_id,position\n";
    static final Predicate<String> USERS = Set.of("demo-tec", "demo-complaints", "demo-supervisors", "demo-maslikhat",
            "demo-pec", "chair-a", "chair-b")::contains;
    static Map<String, Commission> commissions;

    @BeforeAll
    static void theSampleRegister() throws IOException {
        CommissionCsvTest.theSampleRegister();
        commissions = CommissionCsvTest.commissions();
    }

    @Test
    void readsTheSampleMembers() throws IOException {
        Parsed<Member> parsed = MemberCsv.parse(TerritoryCsvTest.sample("members.csv"), commissions, Map.of(), USERS,
                Scope.EVERYTHING);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).contains(new Member(DemoRegister.TEC, "demo-tec", Position.SECRETARY),
                new Member(DemoRegister.OBLAST_COMMISSION, "demo-supervisors", Position.DEPUTY_CHAIR),
                new Member(DemoRegister.TEC, "demo-maslikhat", Position.MEMBER));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown commission | TEC-999,demo-tec,MEMBER              | line 2, commission_code | not in the commission register
            an unknown user       | TEC-116600000,nobody,MEMBER          | line 2, user_id         | there is no user nobody
            a user id with a dot  | TEC-116600000,demo.tec,MEMBER        | line 2, user_id         | not a user id
            an unknown position   | TEC-116600000,demo-tec,PRESIDENT     | line 2, position        | not one of
            """)
    void namesTheLineAndColumnOfEachWrongField(String what, String line, String field, String message) {
        Parsed<Member> parsed = parse(HEADER + line + "\n", Map.of(), Scope.EVERYTHING);

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).contains(message);
        });
    }

    @Test
    void aCommissionHasOneChairCountingTheSeatsAlreadyHeld() {
        assertThat(fields(parse(HEADER + "TEC-116600000,chair-a,CHAIR\nTEC-116600000,chair-b,CHAIR\n", Map.of(),
                Scope.EVERYTHING))).containsExactly("line 2, position", "line 3, position");
        assertThat(fields(parse(HEADER + "TEC-116600000,chair-b,CHAIR\n", Map.of(DemoRegister.TEC, "chair-a"),
                Scope.EVERYTHING))).containsExactly("line 2, position");
        // the chair steps down in the same file: the seat is free
        assertThat(fields(parse(HEADER + "TEC-116600000,chair-b,CHAIR\nTEC-116600000,chair-a,MEMBER\n",
                Map.of(DemoRegister.TEC, "chair-a"), Scope.EVERYTHING))).isEmpty();
        // the chair named again as chair
        assertThat(fields(parse(HEADER + "TEC-116600000,chair-a,CHAIR\n", Map.of(DemoRegister.TEC, "chair-a"),
                Scope.EVERYTHING))).isEmpty();
    }

    @Test
    void namesASeatTwiceInTheFile() {
        assertThat(parse(HEADER + "TEC-116600000,demo-tec,MEMBER\nTEC-116600000,demo-tec,SECRETARY\n", Map.of(),
                Scope.EVERYTHING).errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("line 3, user_id");
                    assertThat(error.message()).contains("already on line 2");
                });
    }

    @Test
    void membersAppointTheMembersOfTheCommissionsDirectlyBelowTheirOwn() {
        Scope oblast = Scope.below(Set.of(DemoRegister.OBLAST_COMMISSION));
        Scope otherTec = Scope.below(Set.of(DemoRegister.OTHER_TEC));

        assertThat(fields(parse(HEADER + "TEC-116600000,demo-pec,MEMBER\n", Map.of(), oblast))).isEmpty();
        // two levels down is the TEC's to appoint, not the oblast commission's
        assertThat(fields(parse(HEADER + "PEC-116600000-0421,demo-pec,MEMBER\n", Map.of(), oblast)))
                .containsExactly("line 2, commission_code");
        Parsed<Member> refused = parse(HEADER + "TEC-116600000,demo-pec,MEMBER\n", Map.of(), otherTec);
        assertThat(refused.noneAllowed()).isTrue();
        assertThat(refused.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).contains("directly above TEC-116600000 (OEC-110000000)", "TEC-116800000"));
    }

    private static Parsed<Member> parse(String csv, Map<String, String> chairs, Scope scope) {
        return MemberCsv.parse(csv.getBytes(StandardCharsets.UTF_8), commissions, chairs, USERS, scope);
    }

    private static java.util.List<String> fields(Parsed<?> parsed) {
        return parsed.errors().stream().map(FieldViolation::field).toList();
    }
}
