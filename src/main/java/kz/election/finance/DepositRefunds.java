package kz.election.finance;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import kz.election.audit.DecisionEntry;
import kz.election.audit.DecisionLog;
import kz.election.candidate.DepositReceipt;
import kz.election.candidate.Deposits;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationRepository;
import kz.election.conduct.ElectionResults;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.election.ResultVersion;
import kz.election.ruleset.RulesetCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides, after the published result, what becomes of a candidate's deposit ({@link DepositRefundRule}) and
 * keeps the decision with the deposit and in the decision log, as the system's. It joins the caller's transaction.
 */
@Service
@Transactional
public class DepositRefunds {

    private final Deposits deposits;
    private final NominationRepository nominations;
    private final ElectionService elections;
    private final ElectionResults results;
    private final RulesetCatalog rulesets;
    private final DecisionLog decisionLog;

    public DepositRefunds(Deposits deposits, NominationRepository nominations, ElectionService elections,
                          ElectionResults results, RulesetCatalog rulesets, DecisionLog decisionLog) {
        this.deposits = deposits;
        this.nominations = nominations;
        this.elections = elections;
        this.results = results;
        this.rulesets = rulesets;
        this.decisionLog = decisionLog;
    }

    /**
     * The decision on the nomination's deposit, from the published result the election holds now; empty when
     * no deposit was recorded (a level without one), or it was decided before.
     */
    public Optional<DepositRefundRule.Refund> decide(String reference, String processInstanceId) {
        Optional<DepositReceipt> receipt = deposits.receipt(reference);
        if (receipt.isEmpty() || receipt.get().refundDecision() != null) {
            return Optional.empty();
        }
        Nomination nomination = nominations.byReference(reference);
        Election election = elections.byNumber(nomination.electionNumber());
        ResultVersion result = results.current(election.number()).filter(ResultVersion::published)
                .orElseThrow(() -> new IllegalStateException("election " + election.number()
                        + " has no published result to decide the deposit of " + reference + " on"));
        boolean elected = "ELECTED".equals(result.outcome())
                && nomination.registrationNumber() != null
                && nomination.registrationNumber().equals(result.winnerRegistrationNumber());
        BigDecimal sharePercent = results.candidateVotes(election.number(), result.version()).stream()
                .filter(line -> line.get("registrationNumber").equals(nomination.registrationNumber()))
                .map(line -> ((BigDecimal) line.get("share")).movePointRight(2))
                .findFirst().orElse(null);
        BigDecimal minShare = rulesets.byId(election.rulesetId()).eligibility().depositRefundMinVoteShare().value();
        DepositRefundRule.Refund refund = DepositRefundRule.decide(elected, sharePercent, minShare,
                deposits.died(reference));
        if (!deposits.recordRefund(reference, refund.decision().name(), refund.ground().name(), sharePercent)) {
            return Optional.empty();
        }
        decisionLog.record(new DecisionEntry(DecisionEntry.SYSTEM, reference, processInstanceId,
                kz.election.model.CampaignFinanceModel.Elements.DECIDE_DEPOSIT_REFUND,
                refund.decision() == DepositRefundRule.Decision.REFUND ? "DEPOSIT_REFUNDED" : "DEPOSIT_TO_BUDGET",
                refund.reason() + " (result version " + result.version() + ")", "{\"electionNumber\":\""
                        + election.number() + "\",\"ground\":\"" + refund.ground() + "\"}"));
        return Optional.of(refund);
    }
}
