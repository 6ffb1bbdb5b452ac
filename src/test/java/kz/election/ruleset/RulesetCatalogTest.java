package kz.election.ruleset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulesetCatalogTest {

    static final String SHIPPED = "rules/kz-2024-03-01.yaml";

    static String shipped() {
        try (var in = Objects.requireNonNull(RulesetCatalogTest.class.getClassLoader().getResourceAsStream(SHIPPED))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void loadsTheShippedRulesetWithEveryValueOfTheRules() {
        Ruleset rules = RulesetCatalog.fromClasspath(RulesetCatalog.DEFAULT_LOCATION).byId("kz-2024-03-01");

        assertThat(rules.effectiveFrom()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(rules.zoneOffset().value()).isEqualTo(ZoneOffset.ofHours(5));
        CalendarRules rural = rules.calendar(Level.RURAL);
        CalendarRules district = rules.calendar(Level.DISTRICT);
        assertThat(rural.minDaysFromCallToElection().value()).isEqualTo(40);
        assertThat(district.minDaysFromCallToElection().value()).isEqualTo(50);
        assertThat(rural.nominationCloseDaysBefore().value()).isEqualTo(26);
        assertThat(district.nominationCloseDaysBefore().value()).isEqualTo(30);
        assertThat(rural.registrationCloseDaysBefore().value()).isEqualTo(21);
        assertThat(district.registrationCloseDaysBefore().value()).isEqualTo(25);
        assertThat(rural.nominationCloseTime().value()).isEqualTo(LocalTime.of(18, 0));
        assertThat(rural.turnoutReportTimes().value()).hasSize(5);
        assertThat(rural.registrationDecisionDays().certainty()).isEqualTo(Certainty.U);
        assertThat(rules.eligibility().minAgeOnElectionDay().value()).isEqualTo(25);
        assertThat(rules.eligibility().selfNominationSignatureShare().value()).isEqualByComparingTo("0.01");
        assertThat(rules.eligibility().depositRequired(Level.DISTRICT)).isTrue();
        assertThat(rules.eligibility().depositRequired(Level.RURAL)).isFalse();
        assertThat(rules.eligibility().depositMinimumWages().get(Level.RURAL).certainty()).isEqualTo(Certainty.U);
        assertThat(rules.eligibility().documents(Level.RURAL, NominationType.SELF))
                .extracting(Clause::code).contains("SIGNATURE_SHEETS").doesNotContain("DEPOSIT_RECEIPT");
        assertThat(rules.eligibility().documents(Level.DISTRICT, NominationType.PARTY))
                .extracting(Clause::code).contains("PARTY_DECISION_EXTRACT", "DEPOSIT_RECEIPT");
        assertThat(rules.tally().againstAllWinningFailsElection().value()).isFalse();
        assertThat(rules.tally().tieRule().value()).isEqualTo(TieRule.REPEAT_VOTING);
        assertThat(rules.complaints().filingDeadlineDays().certainty()).isEqualTo(Certainty.U);
        assertThat(rules.escalation().hoursBeforeDeadline().value()).isEqualTo(24);
        assertThat(rules.noConfidence().initiationMinShareOfDeputies().value()).isEqualByComparingTo(new BigDecimal("0.2"));
        assertThat(rules.noConfidence().appliesToRuralAkims().value()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        negative days           | 'nominationCloseDaysBefore: {value: 26,' | 'nominationCloseDaysBefore: {value: -1,'      | calendar.RURAL.nominationCloseDaysBefore: must be >= 0
        wrong type              | 'minDaysFromCallToElection: {value: 40,' | 'minDaysFromCallToElection: {value: forty,'   | calendar.RURAL.minDaysFromCallToElection: must be a whole number, found 'forty'
        missing key             | '    countMaxHours:'                     | '    countMaxHoursX:'                           | calendar.RURAL.countMaxHours: is missing
        share above one         | 'selfNominationSignatureShare: {value: 0.01,' | 'selfNominationSignatureShare: {value: 1.5,' | eligibility.selfNominationSignatureShare: must be between 0 and 1, found 1.5
        negative share          | 'initiationMinShareOfDeputies: {value: 0.2,' | 'initiationMinShareOfDeputies: {value: -0.2,' | noConfidence.initiationMinShareOfDeputies: must be between 0 and 1, found -0.2
        unknown enum            | 'tieRule: {value: REPEAT_VOTING,'        | 'tieRule: {value: COIN_TOSS,'                   | tally.tieRule: must be one of REPEAT_VOTING, EARLIER_REGISTRATION, found 'COIN_TOSS'
        unknown certainty       | 'termYears: {value: 4, citation: "Constitutional Law On Elections No. 2464 of 28.09.1995, akim chapter (No. 41-VII of 24.05.2021 for rural, No. 156-VII of 05.11.2022 for district akims) (term of office)", certainty: C}' | 'termYears: {value: 4, citation: "x", certainty: Q}' | termYears.certainty: must be one of C, P, U, found 'Q'
        missing citation        | 'hoursBeforeDeadline: {value: 24, citation: "Not a legal rule: operational default of this system",' | 'hoursBeforeDeadline: {value: 24,' | escalation.hoursBeforeDeadline.citation: is missing
        blank citation          | 'hoursBeforeDeadline: {value: 24, citation: "Not a legal rule: operational default of this system",' | 'hoursBeforeDeadline: {value: 24, citation: " ",' | escalation.hoursBeforeDeadline.citation: must be a non-blank text
        unquoted time           | 'pollsOpen: {value: "07:00",'            | 'pollsOpen: {value: 7,'                         | calendar.RURAL.pollsOpen: must be a quoted time like "18:00", found '7'
        bad turnout time        | '"10:00", "12:00"'                       | '"10:00", "25:00"'                              | calendar.RURAL.turnoutReportTimes[1]: is not a valid time of day: '25:00'
        unknown level           | '  DISTRICT:'                            | '  REGIONAL:'                                   | calendar.DISTRICT: is missing
        misspelt key            | '  reviewDays:'                          | '  reviewDays: {value: 5, citation: "x", certainty: C}\\n  reveiwDays:' | complaints.reveiwDays: unknown key
        unknown section         | 'escalation:'                            | 'extra: 1\\nescalation:'                       | extra: unknown key
        id not file name        | 'id: kz-2024-03-01'                      | 'id: kz-2024-03-02'                             | id: must equal the file name 'kz-2024-03-01', found 'kz-2024-03-02'
        bad effective date      | 'effectiveFrom: 2024-03-01'              | 'effectiveFrom: 2024-02-30'                     | effectiveFrom: must be a date like 2024-03-01, found '2024-02-30'
        polls outside window    | 'pollsClose: {value: "20:00",'           | 'pollsClose: {value: "23:00",'                  | calendar.RURAL.pollsClose: must not be after pollsLatestClose 22:00
        registration before nomination | 'registrationCloseDaysBefore: {value: 21,' | 'registrationCloseDaysBefore: {value: 27,' | calendar.RURAL.registrationCloseDaysBefore: must not be more than nominationCloseDaysBefore (26)
        empty document list     | '      PARTY:'                           | '      PARTY: []\\n      PARTYX:'             | eligibility.documents.RURAL.PARTY: must be a non-empty list
        clause without code     | '- {code: BIOGRAPHY,'                    | '- {kode: BIOGRAPHY,'                           | eligibility.documents.RURAL.PARTY[1].code: is missing
        zero where positive     | 'countMaxHours: {value: 12,'             | 'countMaxHours: {value: 0,'                     | calendar.RURAL.countMaxHours: must be >= 1
        flag not boolean        | 'turnoutReportAtClose: {value: true,'    | 'turnoutReportAtClose: {value: yes please,'     | calendar.RURAL.turnoutReportAtClose: must be true or false, found 'yes please'
        bad zone offset         | 'zoneOffset: {value: "+05:00",'          | 'zoneOffset: {value: "Almaty",'                 | zoneOffset: must be a UTC offset like "+05:00", found 'Almaty'
        zone data older than law | 'zoneOffset: {value: "+05:00",'         | 'zoneOffset: {value: "+06:00",'                 | zoneOffset: +06:00 from 2024-03-01, but this Java's time-zone data gives Asia/Almaty +05:00 on that day
        negative deposit        | 'RURAL: {value: 0,'                      | 'RURAL: {value: -5,'                            | eligibility.depositMinimumWages.RURAL: must be >= 0
        unknown key in entry    | 'reviewDays: {value: 5,'                 | 'reviewDays: {value: 5, note: x,'               | complaints.reviewDays.note: unknown key
        section not a mapping   | 'result:'                                | 'result: 3\\nresultX:'                          | result: must be a mapping
        not a mapping           | 'id: kz-2024-03-01'                      | '- just a list\\nid: kz-2024-03-01'             | not valid YAML
        """)
    void rejectsABrokenRulesetNamingTheFileAndTheKey(String broken, String find, String replace, String expected) {
        String text = shipped();
        assertThat(text).contains(find);
        String brokenText = text.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace.replace("\\n", "\n")));

        assertThatThrownBy(() -> new RulesetCatalog(List.of(new RulesetSource(SHIPPED, brokenText))))
                .isInstanceOf(RulesetException.class)
                .hasMessageStartingWith(SHIPPED + ": ")
                .hasMessageContaining(expected);
    }

    @Test
    void rejectsTwoRulesetsWithTheSameId() {
        String text = shipped();
        var first = new RulesetSource("a", text);
        var second = new RulesetSource("b", text.replace("effectiveFrom: 2024-03-01", "effectiveFrom: 2025-01-01"));

        assertThatThrownBy(() -> new RulesetCatalog(List.of(first, second)))
                .hasMessage("b: id: 'kz-2024-03-01' is already used by a");
    }

    @Test
    void rejectsTwoRulesetsInForceFromTheSameDay() {
        String text = shipped();
        var first = new RulesetSource("a", text);
        var second = new RulesetSource("b", text.replace("id: kz-2024-03-01", "id: other"));

        assertThatThrownBy(() -> new RulesetCatalog(List.of(first, second)))
                .hasMessage("b: effectiveFrom: 2024-03-01 is also the effective date of a");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> new RulesetCatalog(List.of(new RulesetSource("rules/empty.yaml", ""))))
                .hasMessage("rules/empty.yaml: the file must be a YAML mapping");
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource(textBlock = """
        2024-03-01, kz-2024-03-01
        2026-06-30, kz-2024-03-01
        2026-07-01, kz-2026-07-01
        2030-01-01, kz-2026-07-01
        """)
    void picksTheNewestRulesetAlreadyInForce(LocalDate date, String expectedId) {
        RulesetCatalog catalog = twoRulesets();

        assertThat(catalog.effectiveOn(date)).map(Ruleset::id).hasValue(expectedId);
    }

    @Test
    void hasNoRulesetBeforeTheFirstIsInForce() {
        assertThat(twoRulesets().effectiveOn(LocalDate.of(2024, 2, 29))).isEmpty();
    }

    @Test
    void keepsAnOlderRulesetReachableByIdForElectionsAlreadyRunning() {
        Ruleset old = twoRulesets().byId("kz-2024-03-01");

        assertThat(old.calendar(Level.DISTRICT).minDaysFromCallToElection().value()).isEqualTo(50);
        assertThat(twoRulesets().byId("kz-2026-07-01").calendar(Level.DISTRICT).minDaysFromCallToElection().value())
                .isEqualTo(60);
    }

    @ParameterizedTest(name = "a call on {0} runs under {1}")
    @CsvSource(textBlock = """
        2026-08-01, kz-2024-03-01
        2026-12-07, kz-2024-03-01
        2026-12-08, kz-2026-12-08
        """)
    void callsFromTheCorrectionsOnRunUnderTheCorrectedRuleset(LocalDate callDate, String expectedId) {
        RulesetCatalog shipped = RulesetCatalog.fromClasspath(RulesetCatalog.DEFAULT_LOCATION);

        assertThat(shipped.effectiveOn(callDate)).map(Ruleset::id).hasValue(expectedId);
    }

    /** docs/RULES.md, "What kz-2026-12-08 corrects": its values, and the earlier file read as it was written. */
    @Test
    void readsTheCorrectionsOfTheLegalReviewAndKeepsTheEarlierRulesetAsWritten() {
        RulesetCatalog shipped = RulesetCatalog.fromClasspath(RulesetCatalog.DEFAULT_LOCATION);
        Ruleset corrected = shipped.byId("kz-2026-12-08");
        Ruleset earlier = shipped.byId("kz-2024-03-01");

        assertThat(corrected.calendar(Level.DISTRICT).nominationCloseDaysBefore().value()).isEqualTo(31);
        assertThat(corrected.calendar(Level.DISTRICT).registrationCloseDaysBefore().value()).isEqualTo(26);
        assertThat(corrected.calendar(Level.RURAL).shorterCallConfirmable()).isTrue();
        assertThat(corrected.calendar(Level.RURAL).minDaysFromCallToElection().certainty()).isEqualTo(Certainty.U);
        assertThat(corrected.calendar(Level.DISTRICT).shorterCallConfirmable()).isFalse();
        assertThat(corrected.eligibility().qualification()).filteredOn(c -> c.code().equals("HIGHER_EDUCATION"))
                .singleElement().satisfies(c -> {
                    assertThat(c.staffConfirms(Level.RURAL)).isTrue();
                    assertThat(c.staffConfirms(Level.DISTRICT)).isFalse();
                });
        assertThat(corrected.calendar(Level.RURAL).homeVotingRequestsUntil().citation()).contains("Art. 41 §6");
        assertThat(corrected.calendar(Level.RURAL).countMaxHours().citation()).contains("Art. 43");
        assertThat(corrected.eligibility().deregistrationGrounds()).filteredOn(c -> c.code().equals("WRITTEN_WITHDRAWAL"))
                .singleElement().extracting(Clause::citation).asString().contains("Art. 113-6 §1");
        assertThat(corrected.calendar(Level.RURAL).nominationCloseDaysBefore().citation()).contains("Aktogay");

        assertThat(corrected.tally().struckOffVotes().certainty()).isEqualTo(Certainty.U);
        assertThat(corrected.tally().struckOff()).isEqualTo(StruckOffVotes.COUNTED_CANNOT_WIN);
        assertThat(corrected.calendar(Level.RURAL).withdrawalLastDay()).hasValueSatisfying(day -> {
            assertThat(day.value()).isEqualTo(2);
            assertThat(day.certainty()).isEqualTo(Certainty.U);
        });
        assertThat(corrected.calendar(Level.DISTRICT).withdrawalLastDay()).map(Cited::value).hasValue(2);

        assertThat(earlier.calendar(Level.DISTRICT).nominationCloseDaysBefore().value()).isEqualTo(30);
        assertThat(earlier.calendar(Level.RURAL).shorterCallConfirmable()).isFalse();
        assertThat(earlier.eligibility().qualification()).allSatisfy(c -> assertThat(c.staffConfirmsAt()).isEmpty());
        assertThat(earlier.tally().struckOffVotes()).isNull();
        assertThat(earlier.tally().struckOff()).isEqualTo(StruckOffVotes.COUNTED_CANNOT_WIN);
        assertThat(earlier.calendar(Level.RURAL).withdrawalLastDay()).isEmpty();
    }

    @Test
    void rejectsALevelListNamingAnUnknownLevel() {
        String text = shipped().replace("(reported requirement; not verified)\", certainty: P}",
                "(reported requirement; not verified)\", certainty: P, staffConfirmsAt: [RURAL, VILLAGE]}");

        assertThatThrownBy(() -> new RulesetCatalog(List.of(new RulesetSource(SHIPPED, text))))
                .hasMessage(SHIPPED + ": eligibility.qualification[4].staffConfirmsAt[1]: must be one of RURAL, DISTRICT,"
                        + " found 'VILLAGE'");
    }

    /** The ruleset's comments and citations point into docs/RULES.md by section; each section exists. */
    @Test
    void everySectionOfDocsRulesTheCorrectedRulesetNamesExists() throws IOException {
        String rules = java.nio.file.Files.readString(java.nio.file.Path.of("docs/RULES.md"));
        List<String> headings = rules.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();
        String ruleset = new String(Objects.requireNonNull(getClass().getClassLoader()
                .getResourceAsStream("rules/kz-2026-12-08.yaml")).readAllBytes(), StandardCharsets.UTF_8);
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("docs/RULES\\.md, \"?([A-Z][A-Za-z0-9 -]+)")
                .matcher(ruleset);
        List<String> sections = new java.util.ArrayList<>();
        while (named.find()) {
            sections.add(named.group(1).strip());
        }

        assertThat(sections).contains("The calendar", "Nomination and eligibility", "Complaints and appeals",
                "What kz-2026-12-08 corrects");
        assertThat(sections).allSatisfy(section -> assertThat(headings).anyMatch(h -> h.startsWith(section)));
    }

    private static RulesetCatalog twoRulesets() {
        String text = shipped();
        String newer = text.replace("id: kz-2024-03-01", "id: kz-2026-07-01")
                .replace("effectiveFrom: 2024-03-01", "effectiveFrom: 2026-07-01")
                .replace("minDaysFromCallToElection: {value: 50,", "minDaysFromCallToElection: {value: 60,");
        return new RulesetCatalog(List.of(
                new RulesetSource("rules/kz-2026-07-01.yaml", newer),
                new RulesetSource(SHIPPED, text)));
    }
}
