package kz.election.candidate;

import static kz.election.candidate.Nominations.params;
import static kz.election.candidate.Nominations.selfNomination;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import kz.election.ruleset.Level;
import kz.election.ruleset.RulesetCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Rules about the person: identity, citizenship, age, declarations, qualification. */
class PersonRulesTest {

    @ParameterizedTest(name = "IIN \"{0}\" -> {1}")
    @CsvSource(value = {
        "800515300126 | PASSED",
        "800515300127 | FAILED",
        "'800515300126 ' | FAILED",
        "80051530012 | FAILED",
        "'' | FAILED",
    }, delimiter = '|')
    void refusesNominationWhoseIinIsNotValid(String iin, RuleOutcome outcome) {
        RuleResult result = new IinValidRule().evaluate(selfNomination().iin(iin).build(), params());

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.code()).isEqualTo(RuleCode.IIN_VALID);
    }

    @ParameterizedTest(name = "IIN {0}, stated {1} -> {2}")
    @CsvSource({
        "800515300126, 1980-05-15, PASSED",
        "800515300126, 1980-05-16, FAILED",
        "800515300126, 2080-05-15, FAILED",
        "800515300126,           , FAILED",
        "800515300127, 1980-05-15, NEEDS_STAFF_CONFIRMATION",
    })
    void refusesStatedBirthDateThatDiffersFromTheIin(String iin, LocalDate stated, RuleOutcome outcome) {
        RuleResult result = new IinMatchesBirthDateRule()
                .evaluate(selfNomination().iin(iin).birthDate(stated).build(), params());

        assertThat(result.outcome()).as(result.message()).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "citizenship {0} -> {1}")
    @CsvSource({"KZ, PASSED", "kz, PASSED", "RU, FAILED", "'', FAILED", ", FAILED"})
    void refusesCandidateWhoIsNotACitizenOfKazakhstan(String citizenship, RuleOutcome outcome) {
        RuleResult result = new CitizenRule().evaluate(selfNomination().citizenship(citizenship).build(), params());

        assertThat(result.outcome()).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "born {0}, election day {1} -> {2}")
    @CsvSource({
        // election day 2025-11-02: the 25th birthday the day after, on, and the day before
        "2000-11-03, 2025-11-02, FAILED",
        "2000-11-02, 2025-11-02, PASSED",
        "2000-11-01, 2025-11-02, PASSED",
        "2010-01-01, 2025-11-02, FAILED",
        "1950-01-01, 2025-11-02, PASSED",
    })
    void refusesCandidateYoungerThan25OnElectionDay(LocalDate birthDate, LocalDate electionDay, RuleOutcome outcome) {
        RuleResult result = new AgeOnElectionDayRule().evaluate(
                withElectionDay(selfNomination().bornOn(birthDate).build(), electionDay), params());

        assertThat(result.outcome()).as(result.message()).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "born {0}, minimum age {1}: birthday {2}")
    @CsvSource({
        // 29 February: a year older on 1 March in a non-leap year (documented in AgeOnElectionDayRule)
        "2000-02-29, 25, 2025-03-01",
        "1996-02-29, 28, 2024-02-29",
        "2000-02-28, 25, 2025-02-28",
        "2000-03-01, 25, 2025-03-01",
    })
    void countsLeapDayBirthdaysFromFirstMarchInNonLeapYears(LocalDate born, int age, LocalDate birthday) {
        assertThat(AgeOnElectionDayRule.birthdayIn(born, age)).isEqualTo(birthday);
    }

    @ParameterizedTest(name = "born 2000-02-29, election day {0} -> {1}")
    @CsvSource({"2025-02-28, FAILED", "2025-03-01, PASSED"})
    void refusesLeapDayBornCandidateOnTwentyEighthFebruary(LocalDate electionDay, RuleOutcome outcome) {
        NominationFacts facts = withElectionDay(
                selfNomination().bornOn(LocalDate.of(2000, 2, 29)).build(), electionDay);

        assertThat(new AgeOnElectionDayRule().evaluate(facts, params()).outcome()).isEqualTo(outcome);
    }

    @org.junit.jupiter.api.Test
    void namesTheDatesWhenTooYoung() {
        RuleResult result = new AgeOnElectionDayRule().evaluate(
                selfNomination().bornOn(LocalDate.of(2000, 11, 5)).build(), params());

        assertThat(result.message())
                .isEqualTo("born 2000-11-05, turns 25 on 2025-11-05; election day 2025-11-02 is 3 days too early");
    }

    @org.junit.jupiter.api.Test
    void takesTheBirthDateFromTheIinWhenNoneIsStated() {
        RuleResult result = new AgeOnElectionDayRule().evaluate(
                selfNomination().iin(Nominations.iinBornOn(LocalDate.of(2000, 11, 3))).birthDate(null).build(),
                params());

        assertThat(result.outcome()).isEqualTo(RuleOutcome.FAILED);
        assertThat(result.message()).startsWith("born 2000-11-03");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "NOT_DECLARED, FAILED",
        "DECLARED, NEEDS_STAFF_CONFIRMATION",
        "CONFIRMED_BY_STAFF, PASSED",
        "REFUTED_BY_STAFF, FAILED",
    })
    void asksStaffToConfirmEveryDeclaration(DeclarationStatus status, RuleOutcome outcome) {
        NominationFacts facts = selfNomination().declarations(new Declarations(status, status, status)).build();

        for (DeclarationRule rule : new DeclarationRule[] {DeclarationRule.legalCapacity(),
                DeclarationRule.noCriminalRecord(), DeclarationRule.noCorruptionOffence()}) {
            assertThat(rule.evaluate(facts, params()).outcome()).as(rule.code().name()).isEqualTo(outcome);
        }
    }

    @ParameterizedTest
    @EnumSource(value = DeclarationStatus.class, names = {"NOT_DECLARED", "REFUTED_BY_STAFF"})
    void failsOnlyTheDeclarationThatIsMissing(DeclarationStatus status) {
        NominationFacts facts = selfNomination().declarations(new Declarations(DeclarationStatus.CONFIRMED_BY_STAFF,
                status, DeclarationStatus.CONFIRMED_BY_STAFF)).build();

        assertThat(DeclarationRule.legalCapacity().evaluate(facts, params()).outcome()).isEqualTo(RuleOutcome.PASSED);
        assertThat(DeclarationRule.noCriminalRecord().evaluate(facts, params()).outcome()).isEqualTo(RuleOutcome.FAILED);
    }

    @ParameterizedTest(name = "higher education {0}, experience {1} -> {2}")
    @CsvSource({
        "true,  true,  PASSED,                   all 2 requirements met",
        "false, true,  FAILED,                   not met: Higher education",
        "false, false, FAILED,                   not met: Higher education; Two years in public service",
        "true,       , NEEDS_STAFF_CONFIRMATION, staff to answer: Two years in public service",
        "false,      , FAILED,                   not met: Higher education",
    })
    void refusesCandidateWhoMissesAQualificationRequirement(Boolean education, Boolean experience,
            RuleOutcome outcome, String message) {
        NominationFacts facts = selfNomination()
                .answer(Nominations.HIGHER_EDUCATION, education)
                .answer(Nominations.EXPERIENCE, experience)
                .build();

        RuleResult result = new QualificationRule().evaluate(facts, params());

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.message()).isEqualTo(message);
    }

    /**
     * docs/RULES.md, Nomination and eligibility: under kz-2026-12-08 the higher education of a RURAL nominee
     * is a point the commission confirms ("to confirm"), never a refusal; for DISTRICT it is answered and
     * fails the checklist when not met.
     */
    @ParameterizedTest(name = "{0} nominee, higher education answered {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        RURAL    |       | NEEDS_STAFF_CONFIRMATION | to confirm: Higher education (P: not required by the law for this level as far as known; the commission confirms whether the nominee meets the post's requirements)
        RURAL    | false | NEEDS_STAFF_CONFIRMATION | to confirm: Higher education (P: not required by the law for this level as far as known; the commission confirms whether the nominee meets the post's requirements)
        RURAL    | true  | PASSED                   | all 7 requirements met
        DISTRICT | false | FAILED                   | not met: Higher education
        DISTRICT |       | NEEDS_STAFF_CONFIRMATION | staff to answer: Higher education
        """)
    void leavesTheHigherEducationOfARuralNomineeToTheCommissionToConfirm(Level level, Boolean education,
                                                                         RuleOutcome outcome, String message) {
        EligibilityParameters shipped = RulesetEligibility.parameters(RulesetCatalog
                .fromClasspath(RulesetCatalog.DEFAULT_LOCATION).byId("kz-2026-12-08"), level);
        Map<String, Boolean> answers = new HashMap<>();
        shipped.qualificationItems().forEach(item -> answers.put(item.code(), true));
        answers.remove("HIGHER_EDUCATION");
        if (education != null) {
            answers.put("HIGHER_EDUCATION", education);
        }
        NominationFacts facts = selfNomination().build();
        NominationFacts withAnswers = new NominationFacts(facts.fullName(), facts.iin(), facts.birthDate(),
                facts.citizenship(), facts.nominationType(), facts.partyName(), facts.documentsReceived(),
                facts.signaturesSubmitted(), facts.signatureSample(), facts.depositReceiptPresent(),
                facts.declarations(), answers, facts.filedAt(), facts.election());

        RuleResult result = new QualificationRule().evaluate(withAnswers, shipped);

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.message()).isEqualTo(message);
    }

    /** docs/RULES.md, the marks: a checklist line decided on a value the rules mark U says so to staff. */
    @org.junit.jupiter.api.Test
    void marksTheChecklistLinesThatRestOnAnUnconfirmedRule() {
        EligibilityParameters shipped = RulesetEligibility.parameters(RulesetCatalog
                .fromClasspath(RulesetCatalog.DEFAULT_LOCATION).byId("kz-2026-12-08"), Level.RURAL);
        NominationFacts facts = selfNomination().sample(new SignatureSample(20, 2)).build();

        RuleResult sample = new SignatureSampleRule().evaluate(facts, shipped);
        RuleResult age = new AgeOnElectionDayRule().evaluate(facts, shipped);

        assertThat(sample.message()).endsWith(" (U: the rules mark this value unconfirmed in the law)");
        assertThat(age.message()).doesNotContain("(U:");
    }

    private static NominationFacts withElectionDay(NominationFacts facts, LocalDate electionDay) {
        ElectionFacts e = facts.election();
        return new NominationFacts(facts.fullName(), facts.iin(), facts.birthDate(), facts.citizenship(),
                facts.nominationType(), facts.partyName(), facts.documentsReceived(), facts.signaturesSubmitted(),
                facts.signatureSample(), facts.depositReceiptPresent(), facts.declarations(),
                facts.qualificationAnswers(), facts.filedAt(),
                new ElectionFacts(electionDay, e.nominationOpens(), e.nominationCloses(),
                        e.nominationExtendedUntil(), e.totalVoters(), e.otherNominatedIins(), e.partiesWithCandidate(),
                        e.zone()));
    }
}
