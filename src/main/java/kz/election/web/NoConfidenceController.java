package kz.election.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.LocalDate;
import kz.election.common.NotFoundException;
import kz.election.noconfidence.ActingAkim;
import kz.election.noconfidence.AppealRequest;
import kz.election.noconfidence.CitizenAppeal;
import kz.election.noconfidence.CitizenAppealService;
import kz.election.noconfidence.Motion;
import kz.election.noconfidence.MotionRequest;
import kz.election.noconfidence.MotionService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Motions of no confidence (and resignations and deaths) filed by the maslikhat secretariat start a
 * noConfidence process; citizens' appeals recorded by the secretariat become its task. The secretariat
 * decides on both, so it (and administrators) reads the akim's e-mail and the citizen's name and contact;
 * everyone else reads a case without the akim's e-mail, and supervisors an appeal without its author
 * (SecurityConfiguration keeps the other roles away from appeals).
 */
@RestController
class NoConfidenceController {

    private static final String SECRETARIAT = "maslikhat-secretariat";

    private final MotionService motions;
    private final CitizenAppealService appeals;

    NoConfidenceController(MotionService motions, CitizenAppealService appeals) {
        this.motions = motions;
        this.appeals = appeals;
    }

    @PostMapping("/api/no-confidence")
    ResponseEntity<Motion> file(@RequestBody MotionRequest request, Authentication caller) {
        Motion motion = motions.fileAndStart(request, caller.getName());
        return ResponseEntity.created(URI.create("/api/no-confidence/" + motion.motionNumber())).body(motion);
    }

    @GetMapping("/api/no-confidence/{motionNumber}")
    Motion byNumber(@PathVariable String motionNumber, Authentication caller) {
        Motion motion = motions.byNumber(motionNumber);
        return NeedToKnow.decidesOrAdministers(caller, SECRETARIAT) ? motion : withoutAkimContact(motion);
    }

    @PostMapping("/api/no-confidence/appeals")
    ResponseEntity<CitizenAppeal> recordAppeal(@RequestBody AppealRequest request, Authentication caller) {
        CitizenAppeal appeal = appeals.recordAppeal(request, caller.getName());
        return ResponseEntity.created(URI.create("/api/no-confidence/appeals/" + appeal.appealNumber())).body(appeal);
    }

    @GetMapping("/api/no-confidence/appeals/{appealNumber}")
    CitizenAppeal appeal(@PathVariable String appealNumber, Authentication caller) {
        CitizenAppeal a = appeals.appeal(appealNumber);
        return NeedToKnow.decidesOrAdministers(caller, SECRETARIAT) ? a : a.withoutAuthor();
    }

    /** The acting akim the higher akim appointed after the term ended, as the secretariat records it. */
    record ActingAkimRequest(
            @Schema(description = "the acting akim the higher akim appointed; a single line without control characters, at most 200 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String actingAkimName,
            @Schema(description = "the day the acting akim took over, not in the future nor before the term ended", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate actingAkimFrom) {
    }

    @PostMapping("/api/no-confidence/{motionNumber}/acting-akim")
    Motion recordActingAkim(@PathVariable String motionNumber, @RequestBody ActingAkimRequest request,
                            Authentication caller) {
        return motions.recordActingAkim(motionNumber, request.actingAkimName(), request.actingAkimFrom(),
                caller.getName());
    }

    /** Who acts as akim of the post that election filled, after the term ended early: public, like the post. */
    @GetMapping("/api/elections/{electionNumber}/acting-akim")
    ActingAkim actingAkim(@PathVariable String electionNumber) {
        return motions.actingAkim(electionNumber)
                .orElseThrow(() -> new NotFoundException("Acting akim after election", electionNumber));
    }

    static Motion withoutAkimContact(Motion m) {
        return new Motion(m.motionNumber(), m.kind(), m.electionNumber(), m.akimName(), null, m.akimLanguage(),
                m.maslikhatName(), m.deputiesTotal(), m.initiators(), m.ground(), m.groundsText(), m.reportsRejectedOn(),
                m.rulesetId(), m.filedOn(), m.filedBy(), m.status(), m.admissibility(), m.inadmissibleReason(),
                m.voteOn(), m.votesFor(), m.votesAgainst(), m.votesAbstained(), m.voteDeputiesTotal(),
                m.decisionDueAt(), m.decision(), m.decidedByAuthority(), m.decisionReference(), m.decidedOn(),
                m.termEndedOn(), m.termEndReference(), m.proposedElectionDay(), m.earlyCallDueAt(),
                m.earlyElectionNumber(), m.actingAkimName(), m.actingAkimFrom());
    }
}
