package kz.election.web;

import java.net.URI;
import kz.election.noconfidence.AppealRequest;
import kz.election.noconfidence.CitizenAppeal;
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
 * noConfidence process; citizens' appeals recorded by the secretariat become its task.
 */
@RestController
class NoConfidenceController {

    private final MotionService motions;

    NoConfidenceController(MotionService motions) {
        this.motions = motions;
    }

    @PostMapping("/api/no-confidence")
    ResponseEntity<Motion> file(@RequestBody MotionRequest request, Authentication caller) {
        Motion motion = motions.fileAndStart(request, caller.getName());
        return ResponseEntity.created(URI.create("/api/no-confidence/" + motion.motionNumber())).body(motion);
    }

    @GetMapping("/api/no-confidence/{motionNumber}")
    Motion byNumber(@PathVariable String motionNumber) {
        return motions.byNumber(motionNumber);
    }

    @PostMapping("/api/no-confidence/appeals")
    ResponseEntity<CitizenAppeal> recordAppeal(@RequestBody AppealRequest request, Authentication caller) {
        CitizenAppeal appeal = motions.recordAppeal(request, caller.getName());
        return ResponseEntity.created(URI.create("/api/no-confidence/appeals/" + appeal.appealNumber())).body(appeal);
    }

    @GetMapping("/api/no-confidence/appeals/{appealNumber}")
    CitizenAppeal appeal(@PathVariable String appealNumber) {
        return motions.appeal(appealNumber);
    }
}
