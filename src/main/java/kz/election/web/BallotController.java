package kz.election.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ballot of an election: fixed once by the territorial commission, read by everyone signed in. */
@RestController
@RequestMapping("/api/elections/{number}/ballot")
class BallotController {

    @Schema(description = "The ballot to fix")
    record BallotRequest(@Schema(description = "the candidate lines in ballot order, 1 to 15 (the lines of the protocol form); the ballot is fixed once", requiredMode = Schema.RequiredMode.REQUIRED) List<BallotEntry> candidates) {
    }

    private final BallotService ballots;

    BallotController(BallotService ballots) {
        this.ballots = ballots;
    }

    @PostMapping
    ResponseEntity<List<BallotEntry>> fix(@PathVariable String number, @RequestBody BallotRequest request) {
        return ResponseEntity.created(URI.create("/api/elections/" + number + "/ballot"))
                .body(ballots.fix(number, request.candidates()));
    }

    @GetMapping
    List<BallotEntry> ballot(@PathVariable String number) {
        return ballots.ballot(number);
    }
}
