package kz.election.web;

import java.net.URI;
import java.util.List;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationChecks;
import kz.election.candidate.NominationFiling;
import kz.election.candidate.NominationRepository;
import kz.election.candidate.NominationRequest;
import kz.election.candidate.RuleResult;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Filing a nomination starts its candidateRegistration process; only the territorial commission files.
 * The territorial commission decides on it, so it (and administrators) reads the candidate's IIN, birth
 * date, address, e-mail, declarations and qualification answers; the other roles that work with
 * nominations (complaints officers name them in remedies, supervisors follow the deadlines, the
 * secretariat's akim was one) read the rest; precinct members read none (SecurityConfiguration).
 */
@RestController
class NominationController {

    private final NominationFiling filing;
    private final NominationRepository nominations;

    NominationController(NominationFiling filing, NominationRepository nominations) {
        this.filing = filing;
        this.nominations = nominations;
    }

    @PostMapping("/api/elections/{number}/nominations")
    ResponseEntity<Nomination> file(@PathVariable String number, @RequestBody NominationRequest request,
                                    Authentication caller) {
        Nomination nomination = filing.nominate(number, request, caller.getName());
        return ResponseEntity.created(URI.create("/api/nominations/" + nomination.referenceNumber()))
                .body(nominations.byReference(nomination.referenceNumber()));
    }

    @GetMapping("/api/nominations/{reference}")
    Nomination byReference(@PathVariable String reference, Authentication caller) {
        Nomination nomination = nominations.byReference(reference);
        return NeedToKnow.decidesOrAdministers(caller, "tec-staff") ? nomination : withoutPersonalData(nomination);
    }

    static Nomination withoutPersonalData(Nomination n) {
        List<RuleResult> checklist = n.checklist() == null ? null : n.checklist().stream()
                .map(r -> NominationChecks.PERSONAL_FINDINGS.contains(r.code())
                        ? new RuleResult(r.code(), r.name(), r.citation(), r.outcome(), "for the commission only")
                        : r)
                .toList();
        return new Nomination(n.referenceNumber(), n.electionNumber(), n.fullName(), null, null, null, null, null,
                null, n.nominationType(), n.partyName(), n.signaturesSubmitted(), n.signaturesChecked(),
                n.signaturesInvalid(), n.depositReceipt(), n.documents(), null, null, n.filedAt(), n.filedBy(),
                n.status(), checklist, n.decisionDueAt(), n.decisionOverdueAt(), n.decision(), n.groundCodes(),
                n.reasoning(), n.decidedBy(), n.decidedAt(), n.registrationNumber(), n.registrationOrder(),
                n.removedAt(), n.removedBy(), n.withdrawalReason(), n.deregistrationGround(), n.deregistrationReason());
    }
}
