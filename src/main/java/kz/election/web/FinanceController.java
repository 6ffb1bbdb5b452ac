package kz.election.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.election.candidate.DepositReceipt;
import kz.election.candidate.DepositRequest;
import kz.election.candidate.Deposits;
import kz.election.common.NotFoundException;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.finance.FundReport;
import kz.election.finance.FundReportRequest;
import kz.election.finance.FundReports;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The candidates' money (docs/RULES.md, Money): the deposit receipt checked at registration, a candidate's
 * death (a deposit is refunded on it), the fund report after the result, and an election's overview. The
 * territorial commission records them, from what the candidate's side hands in or sends; the paths belong
 * to the election's organizing commission (CommissionScopeGuard), whose members alone change them.
 */
@RestController
class FinanceController {

    /** The deposit an election requires and the receipt recorded, if any. */
    record DepositView(BigDecimal requiredAmount, Integer minimumWages, BigDecimal minimumWage, String minimumWageCitation,
                       String minimumWageCertainty, DepositReceipt receipt) {
    }

    record DeathRequest(@Schema(description = "the date of death, between the filing of the nomination and today", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate diedOn) {
    }

    /** Per registered candidate: the deposit and the fund report. */
    record CandidateMoney(String nominationReference, String registrationNumber, String candidateName,
                          DepositReceipt deposit, FundReport fundReport) {
    }

    /** An election's money: the deposit it requires, the equal public funding per candidate, each candidate's. */
    record ElectionMoney(String electionNumber, BigDecimal depositRequired, BigDecimal publicFundingPerCandidate,
                         String publicFundingCitation, String publicFundingCertainty, List<CandidateMoney> candidates) {
    }

    private final Deposits deposits;
    private final FundReports fundReports;
    private final ElectionService elections;
    private final kz.election.candidate.NominationRepository nominations;

    FinanceController(Deposits deposits, FundReports fundReports, ElectionService elections,
                      kz.election.candidate.NominationRepository nominations) {
        this.deposits = deposits;
        this.fundReports = fundReports;
        this.elections = elections;
        this.nominations = nominations;
    }

    @PutMapping("/api/nominations/{reference}/deposit")
    DepositView recordDeposit(@PathVariable String reference, @RequestBody DepositRequest request, Authentication caller) {
        deposits.record(reference, request, caller.getName(), null);
        return deposit(reference);
    }

    @GetMapping("/api/nominations/{reference}/deposit")
    DepositView deposit(@PathVariable String reference) {
        Election election = elections.byNumber(nominations.byReference(reference).electionNumber());
        Optional<Deposits.Requirement> required = deposits.requirement(election);
        return new DepositView(required.map(Deposits.Requirement::amount).orElse(null),
                required.map(Deposits.Requirement::minimumWages).orElse(null),
                required.map(r -> r.minimumWage().value()).orElse(null),
                required.map(r -> r.minimumWage().citation()).orElse(null),
                required.map(r -> r.minimumWage().certainty().name()).orElse(null),
                deposits.receipt(reference).orElse(null));
    }

    @PostMapping("/api/nominations/{reference}/death")
    ResponseEntity<Void> recordDeath(@PathVariable String reference, @RequestBody DeathRequest request,
                                     Authentication caller) {
        deposits.recordDeath(reference, request == null ? null : request.diedOn(), caller.getName());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/nominations/{reference}/fund-report")
    FundReport submitFundReport(@PathVariable String reference, @RequestBody FundReportRequest request,
                                Authentication caller) {
        return fundReports.submit(reference, request, caller.getName());
    }

    @GetMapping("/api/nominations/{reference}/fund-report")
    FundReport fundReport(@PathVariable String reference) {
        nominations.byReference(reference);
        return fundReports.report(reference).orElseThrow(() -> new NotFoundException("Fund report", reference));
    }

    @GetMapping("/api/elections/{number}/finance")
    ElectionMoney finance(@PathVariable String number) {
        Election election = elections.byNumber(number);
        var rules = fundReports.rules(election);
        List<CandidateMoney> candidates = nominations.registeredInOrder(number).stream()
                .map(c -> nominations.byRegistrationNumber(c.registrationNumber()).orElseThrow())
                .map(n -> new CandidateMoney(n.referenceNumber(), n.registrationNumber(), n.fullName(),
                        deposits.receipt(n.referenceNumber()).orElse(null),
                        fundReports.report(n.referenceNumber()).orElse(null)))
                .toList();
        return new ElectionMoney(number, deposits.requirement(election).map(Deposits.Requirement::amount).orElse(null),
                rules.map(r -> BigDecimal.valueOf(r.publicFundingPerCandidateTenge().value()).setScale(2)).orElse(null),
                rules.map(r -> r.publicFundingPerCandidateTenge().citation()).orElse(null),
                rules.map(r -> r.publicFundingPerCandidateTenge().certainty().name()).orElse(null), candidates);
    }
}
