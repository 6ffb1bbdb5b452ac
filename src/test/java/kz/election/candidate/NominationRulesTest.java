package kz.election.candidate;

import static kz.election.candidate.Nominations.APPLICATION;
import static kz.election.candidate.Nominations.BIOGRAPHY;
import static kz.election.candidate.Nominations.CLOSES;
import static kz.election.candidate.Nominations.OPENS;
import static kz.election.candidate.Nominations.PARTY_DECISION;
import static kz.election.candidate.Nominations.SIGNATURE_SHEETS;
import static kz.election.candidate.Nominations.TAX_CERTIFICATE;
import static kz.election.candidate.Nominations.params;
import static kz.election.candidate.Nominations.partyNomination;
import static kz.election.candidate.Nominations.selfNomination;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import kz.election.ruleset.NominationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules about the nomination and its file: uniqueness, window, documents, signatures, deposit. */
class NominationRulesTest {

    @Test
    void refusesPersonAlreadyNominatedInThisElection() {
        NominationFacts facts = selfNomination().alreadyNominated("800515300126").build();

        RuleResult result = new NotAlreadyNominatedRule().evaluate(facts, params());

        assertThat(result.outcome()).isEqualTo(RuleOutcome.FAILED);
        assertThat(result.message()).isEqualTo("IIN 800515300126 is already nominated in this election");
    }

    @ParameterizedTest(name = "IIN {0} -> {1}")
    @CsvSource({"800515300126, PASSED", "800515300127, NEEDS_STAFF_CONFIRMATION"})
    void acceptsPersonNotYetNominated(String iin, RuleOutcome outcome) {
        NominationFacts facts = selfNomination().iin(iin).build();

        assertThat(new NotAlreadyNominatedRule().evaluate(facts, params()).outcome()).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "party \"{0}\" -> {1}")
    @CsvSource({
        "Amanat, FAILED",
        "'  AMANAT ', FAILED",
        "Respublica, PASSED",
        "'', FAILED",
    })
    void refusesSecondCandidateOfTheSameParty(String party, RuleOutcome outcome) {
        NominationFacts facts = partyNomination(party).build();

        assertThat(new OneCandidatePerPartyRule().evaluate(facts, params()).outcome()).isEqualTo(outcome);
    }

    @Test
    void partyLimitDoesNotApplyToSelfNominee() {
        assertThat(new OneCandidatePerPartyRule().evaluate(selfNomination().build(), params()).outcome())
                .isEqualTo(RuleOutcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "filed {0} s after the close, extended {1} -> {2}")
    @CsvSource({
        // filed at or before the close instant passes (18:00:00 of the last day is in time)
        "-1,     false, PASSED",
        "0,      false, PASSED",
        "1,      false, FAILED",
        "86400,  false, FAILED",
        // an extension of up to three days moves the close
        "1,      true,  PASSED",
        "259200, true,  PASSED",
        "259201, true,  FAILED",
    })
    void refusesNominationFiledAfterTheClose(long secondsAfterClose, boolean extended, RuleOutcome outcome) {
        NominationFacts facts = selfNomination()
                .filedAt(CLOSES.plusSeconds(secondsAfterClose))
                .extendedUntil(extended ? CLOSES.plus(Duration.ofDays(3)) : null)
                .build();

        RuleResult result = new NominationWindowRule().evaluate(facts, params());

        assertThat(result.outcome()).as(result.message()).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "filed {0} s after opening -> {1}")
    @CsvSource({"-1, FAILED", "0, PASSED", "1, PASSED"})
    void refusesNominationFiledBeforeTheWindowOpens(long secondsAfterOpen, RuleOutcome outcome) {
        NominationFacts facts = selfNomination().filedAt(OPENS.plusSeconds(secondsAfterOpen)).build();

        assertThat(new NominationWindowRule().evaluate(facts, params()).outcome()).isEqualTo(outcome);
    }

    @Test
    void namesTheCloseInLocalTime() {
        NominationFacts facts = selfNomination().filedAt(CLOSES.plusSeconds(1)).build();

        assertThat(new NominationWindowRule().evaluate(facts, params()).message())
                .isEqualTo("filed 2025-10-03 18:00:01 +05:00, after nomination closed 2025-10-03 18:00:00 +05:00");
    }

    /** Before 1 March 2024 the east kept UTC+6 and the west UTC+5: the times read in the election's own zone. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Asia/Almaty (Akmola 2023), 2023-10-05T18:00:01+06:00, filed 2023-10-05 18:00:01 +06:00",
            "Asia/Aqtobe (Aktobe 2023), 2023-10-05T18:00:01+05:00, filed 2023-10-05 18:00:01 +05:00"})
    void namesTheTimesOfA2023ElectionInItsTerritorysZone(String zone, OffsetDateTime filed, String says) {
        NominationFacts facts = selfNomination().zone(ZoneId.of(zone.substring(0, zone.indexOf(' '))))
                .filedAt(filed.toInstant()).build();

        assertThat(new NominationWindowRule().evaluate(facts, params()).message()).startsWith(says);
    }

    @Test
    void listsMissingDocumentsByName() {
        NominationFacts facts = selfNomination().documents(APPLICATION, TAX_CERTIFICATE).build();

        RuleResult result = new DocumentsCompleteRule().evaluate(facts, params());

        assertThat(result.outcome()).isEqualTo(RuleOutcome.FAILED);
        assertThat(result.message()).isEqualTo("2 of 4 required documents missing: Biography, Signature sheets");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // a party nominee needs the party's decision, not signature sheets; a self-nominee the reverse
        "party with its decision,           PARTY, PARTY_DECISION,   PASSED",
        "party with signature sheets only,  PARTY, SIGNATURE_SHEETS, FAILED",
        "self with signature sheets,        SELF,  SIGNATURE_SHEETS, PASSED",
        "self with a party decision only,   SELF,  PARTY_DECISION,   FAILED",
    })
    void requiresTheDocumentsOfTheNominationType(String story, NominationType type, String fourthDoc,
            RuleOutcome outcome) {
        RequiredDocument fourth = fourthDoc.equals("PARTY_DECISION") ? PARTY_DECISION : SIGNATURE_SHEETS;
        NominationFacts facts = selfNomination().type(type).party(type == NominationType.PARTY ? "Respublica" : null)
                .documents(APPLICATION, BIOGRAPHY, TAX_CERTIFICATE, fourth).build();

        assertThat(new DocumentsCompleteRule().evaluate(facts, params()).outcome()).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "{0} voters need {1}")
    @CsvSource({
        "1204, 13",
        "1200, 12",
        "1201, 13",
        "1, 1",
        "99, 1",
        "100, 1",
        "101, 2",
        "130, 2",
        "1500, 15",
        "1062327, 10624",
    })
    void roundsTheOnePercentThresholdUp(long voters, long needed) {
        assertThat(params().requiredSignatures(voters)).isEqualTo(needed);
    }

    @ParameterizedTest(name = "{0} voters, {1} submitted, {2} invalid -> {3}")
    @CsvSource(value = {
        "1204 | 9  | 0 | FAILED | 1,204 voters: at least 13 valid signatures needed; 9 submitted, 0 found invalid: 9 valid",
        "1204 | 12 | 0 | FAILED | 1,204 voters: at least 13 valid signatures needed; 12 submitted, 0 found invalid: 12 valid",
        "1204 | 13 | 0 | PASSED | 1,204 voters: at least 13 valid signatures needed; 13 submitted, 0 found invalid: 13 valid",
        "1200 | 12 | 0 | PASSED | 1,200 voters: at least 12 valid signatures needed; 12 submitted, 0 found invalid: 12 valid",
        "1200 | 11 | 0 | FAILED | 1,200 voters: at least 12 valid signatures needed; 11 submitted, 0 found invalid: 11 valid",
        "1    | 0  | 0 | FAILED | 1 voter: at least 1 valid signature needed; 0 submitted, 0 found invalid: 0 valid",
        "1    | 1  | 0 | PASSED | 1 voter: at least 1 valid signature needed; 1 submitted, 0 found invalid: 1 valid",
        // docs/RULES.md, Nomination and eligibility: the valid signatures after the check count, not those submitted
        "1204 | 14 | 2 | FAILED | 1,204 voters: at least 13 valid signatures needed; 14 submitted, 2 found invalid: 12 valid",
        "1204 | 15 | 2 | PASSED | 1,204 voters: at least 13 valid signatures needed; 15 submitted, 2 found invalid: 13 valid",
    }, delimiter = '|')
    void refusesSelfNomineeWithTooFewValidSignatures(long voters, int submitted, int invalid, RuleOutcome outcome,
                                                     String message) {
        NominationFacts facts = selfNomination().voters(voters).signatures(submitted)
                .sample(new SignatureSample(Math.max(submitted, 1), invalid)).build();

        RuleResult result = new SignatureThresholdRule().evaluate(facts, params());

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.message()).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0} submitted before the check -> {1}")
    @CsvSource(value = {
        "12 | FAILED                   | 1,204 voters: at least 13 valid signatures needed; 12 submitted",
        "20 | NEEDS_STAFF_CONFIRMATION | 1,204 voters: at least 13 valid signatures needed; 20 submitted, valid ones counted after the sample check",
    }, delimiter = '|')
    void countsTheValidSignaturesOnlyOnceTheSampleCheckIsRecorded(int submitted, RuleOutcome outcome, String message) {
        NominationFacts facts = selfNomination().voters(1204).signatures(submitted).sample(null).build();

        RuleResult result = new SignatureThresholdRule().evaluate(facts, params());

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.message()).isEqualTo(message);
    }

    @Test
    void computesTheThresholdWithTheRulesetRounding() {
        EligibilityParameters p = params();
        EligibilityParameters down = new EligibilityParameters(p.minimumAge(), new BigDecimal("0.02"),
                RoundingMode.DOWN, p.failingInvalidSignatureShare(), p.requiredDocuments(), p.depositRequired(),
                p.qualificationItems(), p.citations());

        assertThat(down.requiredSignatures(1_249)).isEqualTo(24);
    }

    @Test
    void asksNoSignaturesOfAPartyNominee() {
        NominationFacts facts = partyNomination("Respublica").build();

        assertThat(new SignatureThresholdRule().evaluate(facts, params()).outcome()).isEqualTo(RuleOutcome.NOT_APPLICABLE);
        assertThat(new SignatureSampleRule().evaluate(facts, params()).outcome()).isEqualTo(RuleOutcome.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "deposit required {0}, receipt {1} -> {2}")
    @CsvSource({
        "true,  true,  PASSED",
        "true,  false, FAILED",
        "false, false, NOT_APPLICABLE",
        "false, true,  NOT_APPLICABLE",
    })
    void refusesMissingDepositOnlyWhereTheRulesetRequiresOne(boolean required, boolean receipt, RuleOutcome outcome) {
        NominationFacts facts = selfNomination().deposit(receipt).build();

        assertThat(new DepositPaidRule().evaluate(facts, params(required)).outcome()).isEqualTo(outcome);
    }
}
