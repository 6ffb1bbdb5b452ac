package kz.election.candidate;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.election.common.ElectionTime;
import kz.election.election.Deadline;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.election.ElectoralCalendar;
import kz.election.election.PrecinctRow;
import kz.election.ruleset.NominationType;
import kz.election.ruleset.Ruleset;
import kz.election.ruleset.RulesetCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The eligibility checks of a stored nomination: feeds {@link EligibilityCheck} the facts of the
 * nomination, its election and the other nominees, keeps the whole checklist on the nomination row,
 * and names the ruleset a nomination is judged by. It joins the caller's transaction.
 */
@Service
@Transactional
public class NominationChecks {

    /** A later extension of nomination, when the election process stores one in the calendar. */
    public static final String NOMINATION_EXTENDED_UNTIL = "nominationExtendedUntil";
    /** Findings whose message names the IIN or the birth date. */
    public static final Set<RuleCode> PERSONAL_FINDINGS = EnumSet.of(RuleCode.IIN_VALID,
            RuleCode.IIN_MATCHES_BIRTH_DATE, RuleCode.AGE_ON_ELECTION_DAY, RuleCode.NOT_ALREADY_NOMINATED);

    private final NominationRepository nominations;
    private final ElectionService elections;
    private final RulesetCatalog rulesets;
    private final Deposits deposits;
    private final EligibilityCheck eligibility = EligibilityCheck.standard();

    public NominationChecks(NominationRepository nominations, ElectionService elections, RulesetCatalog rulesets,
                            Deposits deposits) {
        this.nominations = nominations;
        this.elections = elections;
        this.rulesets = rulesets;
        this.deposits = deposits;
    }

    /** Runs every eligibility rule, keeps the whole checklist on the nomination, and says what comes next. */
    public CheckOutcome check(String reference) {
        Nomination nomination = nominations.byReference(reference);
        Election election = elections.byNumber(nomination.electionNumber());
        Ruleset ruleset = rulesets.byId(election.rulesetId());
        EligibilityChecklist checklist = run(nomination, election);
        boolean inTime = checklist.result(RuleCode.FILED_IN_NOMINATION_WINDOW)
                .map(r -> r.outcome() != RuleOutcome.FAILED).orElse(true);
        ElectoralCalendar calendar = elections.calendar(election.number());
        Instant decisionDays = nomination.filedAt().plus(
                Duration.ofDays(ruleset.calendar(election.level()).registrationDecisionDays().value()));
        Instant registrationCloses = calendar.at(ElectoralCalendar.REGISTRATION_CLOSES).toInstant();
        Instant due = decisionDays.isBefore(registrationCloses) ? decisionDays : registrationCloses;
        Instant escalateAt = due.minus(Duration.ofHours(ruleset.escalation().hoursBeforeDeadline().value()));
        nominations.storeCheck(reference, checklist.results(), ElectionTime.now(), due);
        return new CheckOutcome(inTime, nomination.nominationType() == NominationType.SELF, due, escalateAt,
                calendar.at(ElectoralCalendar.WINNER_REGISTRATION_DEADLINE).toInstant(), summary(checklist),
                RulesetEligibility.refusalGrounds(ruleset));
    }

    /** Runs the checklist again on what the staff added (a signature sample, confirmations) and keeps it. */
    EligibilityChecklist recheck(Nomination nomination, Election election) {
        EligibilityChecklist checklist = run(nomination, election);
        nominations.storeChecklist(nomination.referenceNumber(), checklist.results(), ElectionTime.now());
        return checklist;
    }

    /** The eligibility parameters of the election's ruleset at its level. */
    EligibilityParameters parameters(Election election) {
        EligibilityParameters parameters = RulesetEligibility.parameters(rulesets.byId(election.rulesetId()),
                election.level());
        // from kz-2026-12-08 on the receipt must show the amount (docs/RULES.md, Money)
        return deposits.requirement(election)
                .map(required -> parameters.withDepositAmount(required.amount(), required.unconfirmed()))
                .orElse(parameters);
    }

    /** The ruleset the nomination's election runs on. */
    Ruleset ruleset(Nomination nomination) {
        return rulesets.byId(elections.byNumber(nomination.electionNumber()).rulesetId());
    }

    /** The checklist in English, as the process variable keeps it ({@link ChecklistTexts#summary}). */
    public static String summary(EligibilityChecklist checklist) {
        return ChecklistTexts.summary(checklist.results(), "en");
    }

    private EligibilityChecklist run(Nomination nomination, Election election) {
        ElectoralCalendar calendar = elections.calendar(election.number());
        Instant extended = election.calendar().stream()
                .filter(d -> d.key().equals(NOMINATION_EXTENDED_UNTIL)).map(Deadline::dueAt)
                .map(t -> t.toInstant()).findFirst().orElse(null);
        List<Nomination> others = nominations.othersStanding(election.number(), nomination.referenceNumber());
        Set<String> otherIins = others.stream().map(Nomination::iin).collect(Collectors.toSet());
        Set<String> parties = others.stream().filter(n -> n.nominationType() == NominationType.PARTY)
                .map(Nomination::partyName).collect(Collectors.toCollection(HashSet::new));
        ElectionFacts facts = new ElectionFacts(election.electionDay(),
                calendar.at(ElectoralCalendar.NOMINATION_OPENS).toInstant(),
                calendar.at(ElectoralCalendar.NOMINATION_CLOSES).toInstant(), extended,
                election.precincts().stream().mapToLong(PrecinctRow::voters).sum(), otherIins, parties,
                election.zone());
        NominationFacts nominationFacts = new NominationFacts(nomination.fullName(), nomination.iin(),
                nomination.birthDate(), nomination.citizenship(), nomination.nominationType(), nomination.partyName(),
                nomination.documents(), nomination.signaturesSubmitted(), nomination.signatureSample(),
                nomination.depositReceipt() != null, nomination.declarations(), nomination.qualificationAnswers(),
                nomination.filedAt(), facts,
                deposits.receipt(nomination.referenceNumber()).map(DepositReceipt::amount).orElse(null));
        return eligibility.run(nominationFacts, parameters(election));
    }
}
