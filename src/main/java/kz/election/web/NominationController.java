package kz.election.web;

import java.net.URI;
import kz.election.candidate.CandidateService;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Filing a nomination starts its candidateRegistration process; only the territorial commission files. */
@RestController
class NominationController {

    private final CandidateService candidates;

    NominationController(CandidateService candidates) {
        this.candidates = candidates;
    }

    @PostMapping("/api/elections/{number}/nominations")
    ResponseEntity<Nomination> file(@PathVariable String number, @RequestBody NominationRequest request,
                                    Authentication caller) {
        Nomination nomination = candidates.nominate(number, request, caller.getName());
        return ResponseEntity.created(URI.create("/api/nominations/" + nomination.referenceNumber()))
                .body(candidates.byReference(nomination.referenceNumber()));
    }

    @GetMapping("/api/nominations/{reference}")
    Nomination byReference(@PathVariable String reference) {
        return candidates.byReference(reference);
    }
}
