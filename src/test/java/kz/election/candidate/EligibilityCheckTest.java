package kz.election.candidate;

import static kz.election.candidate.Nominations.APPLICATION;
import static kz.election.candidate.Nominations.CLOSES;
import static kz.election.candidate.Nominations.params;
import static kz.election.candidate.Nominations.partyNomination;
import static kz.election.candidate.Nominations.selfNomination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EligibilityCheckTest {

    private final EligibilityCheck check = EligibilityCheck.standard();

    @Test
    void reportsEveryRuleInCodeOrder() {
        EligibilityChecklist checklist = check.run(selfNomination().build(), params());

        assertThat(checklist.results()).extracting(RuleResult::code).containsExactly(RuleCode.values());
    }

    @Test
    void findsAnEligibleSelfNomineeEligible() {
        EligibilityChecklist checklist = check.run(selfNomination().build(), params());

        assertThat(checklist.results())
                .filteredOn(r -> r.code() != RuleCode.ONE_CANDIDATE_PER_PARTY)
                .allSatisfy(r -> assertThat(r.outcome()).as(r.code() + ": " + r.message())
                        .isEqualTo(RuleOutcome.PASSED));
        assertThat(checklist.result(RuleCode.ONE_CANDIDATE_PER_PARTY).orElseThrow().outcome())
                .isEqualTo(RuleOutcome.NOT_APPLICABLE);
        assertThat(checklist.verdict()).isEqualTo(EligibilityChecklist.Verdict.ELIGIBLE);
    }

    @Test
    void findsAnEligiblePartyNomineeEligibleWithoutSignatures() {
        EligibilityChecklist checklist = check.run(partyNomination("Respublica").build(), params(false));

        assertThat(checklist.verdict()).isEqualTo(EligibilityChecklist.Verdict.ELIGIBLE);
        assertThat(checklist.withOutcome(RuleOutcome.NOT_APPLICABLE)).extracting(RuleResult::code)
                .containsExactly(RuleCode.SIGNATURES_THRESHOLD, RuleCode.SIGNATURE_SAMPLE, RuleCode.DEPOSIT_PAID);
    }

    @Test
    void reportsEveryFailureNotOnlyTheFirst() {
        NominationFacts facts = selfNomination()
                .bornOn(LocalDate.of(2001, 1, 1))
                .citizenship("RU")
                .alreadyNominated(Nominations.iinBornOn(LocalDate.of(2001, 1, 1)))
                .filedAt(CLOSES.plusSeconds(60))
                .documents(APPLICATION)
                .signatures(9)
                .deposit(false)
                .build();

        EligibilityChecklist checklist = check.run(facts, params());

        assertThat(checklist.verdict()).isEqualTo(EligibilityChecklist.Verdict.NOT_ELIGIBLE);
        assertThat(checklist.failed()).extracting(RuleResult::code).containsExactly(
                RuleCode.CITIZEN, RuleCode.AGE_ON_ELECTION_DAY, RuleCode.NOT_ALREADY_NOMINATED,
                RuleCode.FILED_IN_NOMINATION_WINDOW, RuleCode.DOCUMENTS_COMPLETE, RuleCode.SIGNATURES_THRESHOLD,
                RuleCode.DEPOSIT_PAID);
        assertThat(checklist.results()).hasSize(RuleCode.values().length);
    }

    @Test
    void waitsForStaffWhenOnlyDeclarationsAreUnconfirmed() {
        EligibilityChecklist checklist = check.run(
                selfNomination().declarations(Declarations.allDeclared()).build(), params());

        assertThat(checklist.verdict()).isEqualTo(EligibilityChecklist.Verdict.NEEDS_STAFF_CONFIRMATION);
        assertThat(checklist.withOutcome(RuleOutcome.NEEDS_STAFF_CONFIRMATION)).extracting(RuleResult::code)
                .containsExactly(RuleCode.LEGAL_CAPACITY_DECLARED, RuleCode.NO_CRIMINAL_RECORD_DECLARED,
                        RuleCode.NO_CORRUPTION_OFFENCE_DECLARED);
    }

    @Test
    void citesTheRulesetWhereItGivesACitation() {
        EligibilityParameters p = params();
        EligibilityParameters cited = new EligibilityParameters(p.minimumAge(), p.signatureShare(),
                p.signatureRounding(), p.failingInvalidSignatureShare(), p.requiredDocuments(), p.depositRequired(),
                p.qualificationItems(), Map.of(RuleCode.AGE_ON_ELECTION_DAY, "Election Law, Art. 113-2 para. 1"));

        EligibilityChecklist checklist = check.run(selfNomination().build(), cited);

        assertThat(checklist.result(RuleCode.AGE_ON_ELECTION_DAY).orElseThrow().citation())
                .isEqualTo("Election Law, Art. 113-2 para. 1");
        assertThat(checklist.result(RuleCode.CITIZEN).orElseThrow().citation())
                .isEqualTo(RuleCode.CITIZEN.defaultCitation());
    }

    @Test
    void keepsTheCodeOrderWhateverOrderTheRulesComeIn() {
        List<EligibilityRule> shuffled = new ArrayList<>(Arrays.asList(
                new DepositPaidRule(), new IinValidRule(), new CitizenRule(), new SignatureThresholdRule()));
        Collections.shuffle(shuffled, new java.util.Random(7));

        EligibilityChecklist checklist = new EligibilityCheck(shuffled).run(selfNomination().build(), params());

        assertThat(checklist.results()).extracting(RuleResult::code).containsExactly(
                RuleCode.IIN_VALID, RuleCode.CITIZEN, RuleCode.SIGNATURES_THRESHOLD, RuleCode.DEPOSIT_PAID);
    }

    @Test
    void refusesTwoRulesWithOneCode() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EligibilityCheck(List.of(new IinValidRule(), new IinValidRule())));
    }

    @Test
    void givesEveryRuleABusinessNameAndACitation() {
        assertThat(RuleCode.values()).allSatisfy(code -> {
            assertThat(code.businessName()).isNotBlank();
            assertThat(code.defaultCitation()).isNotBlank();
        });
        assertThat(check.codes()).containsExactlyInAnyOrder(RuleCode.values());
    }
}
