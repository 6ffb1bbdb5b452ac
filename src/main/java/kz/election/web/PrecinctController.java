package kz.election.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.precinct.CountTasks;
import kz.election.precinct.PollingHoursRules;
import kz.election.precinct.PrecinctHours;
import kz.election.precinct.ProtocolService;
import kz.election.precinct.ProtocolStatus;
import kz.election.precinct.StoredProtocol;
import kz.election.precinct.TurnoutService;
import kz.election.protocol.ProtocolFigures;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Precinct protocols and election-day turnout over REST. Precinct members post their protocol (the security configuration lets
 * only pec-staff post, and only members bound to the precinct get through); the territorial commission
 * accepts it and binds members to precincts. Every signed-in user reads a precinct's protocols.
 */
@RestController
@RequestMapping("/api")
class PrecinctController {

    static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    private static final int MAX_IDEMPOTENCY_KEY = 100;
    // Camunda's user ids here (camunda.bpm generalResourceWhitelistPattern), at most the width of ACT_ID_USER.ID_
    private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9-]{1,64}");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:+/=-]{1," + MAX_IDEMPOTENCY_KEY + "}");

    /** The protocol as a precinct sends it; every figure may be missing or wrong, the checks name each one. */
    @Schema(description = "A precinct's protocol; every figure may be missing or wrong, and the checks name each one")
    record ProtocolRequest(@Schema(description = "voters on the list: a count, not negative; the control checks of the ruleset of the election relate it to the others, and a protocol failing one is refused with each failure named", requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") Long votersOnList, @Schema(description = "ballots the precinct received: a count, not negative; the control checks of the ruleset of the election relate it to the others, and a protocol failing one is refused with each failure named", requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") Long ballotsReceived, @Schema(description = "ballots issued at the polling station: a count, not negative; the control checks of the ruleset of the election relate it to the others, and a protocol failing one is refused with each failure named", requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") Long ballotsIssuedAtStation,
                           @Schema(description = "ballots issued for voting at home: a count, not negative; the control checks of the ruleset of the election relate it to the others, and a protocol failing one is refused with each failure named", requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") Long ballotsIssuedAtHome, @Schema(description = "unused ballots cancelled: a count, not negative; the control checks of the ruleset of the election relate it to the others, and a protocol failing one is refused with each failure named", requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") Long ballotsCancelled, @Schema(description = "ballots found in the boxes: a count, not negative; the control checks of the ruleset of the election relate it to the others, and a protocol failing one is refused with each failure named", requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") Long ballotsFound, @Schema(description = "invalid ballots: a count, not negative; the control checks of the ruleset of the election relate it to the others, and a protocol failing one is refused with each failure named", requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") Long invalidBallots,
                           @Schema(description = "registration number to votes: one line for each candidate on the ballot and none other; each a count, not negative; the control checks of the ruleset of the election relate it to the others, and a protocol failing one is refused with each failure named", requiredMode = Schema.RequiredMode.REQUIRED) Map<String, Long> candidateVotes, @Schema(description = "votes against all: a count, not negative; the control checks of the ruleset of the election relate it to the others, and a protocol failing one is refused with each failure named", requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") Long againstAll) {

        ProtocolFigures figures() {
            return new ProtocolFigures(votersOnList, ballotsReceived, ballotsIssuedAtStation, ballotsIssuedAtHome,
                    ballotsCancelled, ballotsFound, invalidBallots, candidateVotes, againstAll);
        }
    }

    @Schema(description = "Who enters the protocol of a precinct")
    record Assignment(@Schema(description = "the user id of a member of the precinct's commission (group pec-staff) who enters its protocol; the user must exist", requiredMode = Schema.RequiredMode.REQUIRED, pattern = "[a-zA-Z0-9-]{1,64}") String userId) {
    }

    /** @param hour the report time, e.g. "10:00"; @param ballotsIssued ballots issued so far that day */
    @Schema(description = "A precinct's turnout report")
    record TurnoutRequest(@Schema(description = "the report time, local time of election day: one of the report times of the ruleset of the election, e.g. 10:00", requiredMode = Schema.RequiredMode.REQUIRED, pattern = "[0-9]{2}:[0-9]{2}") String hour, @Schema(description = "ballots issued so far that day, 0 if none: not negative, not more than the voters on the list, and not less than an earlier report", requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") Long ballotsIssued) {
    }

    private final CountTasks countTasks;
    private final ProtocolService protocols;
    private final TurnoutService turnout;
    private final PrecinctHours hours;

    PrecinctController(CountTasks countTasks, ProtocolService protocols, TurnoutService turnout, PrecinctHours hours) {
        this.countTasks = countTasks;
        this.protocols = protocols;
        this.turnout = turnout;
        this.hours = hours;
    }

    /** The precinct's voting hours on election day: the calendar's, or its own where they were moved. */
    @GetMapping("/precincts/{electionNumber}/{precinctNumber}/hours")
    PrecinctHours.Hours hours(@PathVariable String electionNumber, @PathVariable int precinctNumber) {
        return hours.of(electionNumber, precinctNumber);
    }

    /**
     * The territorial commission moves a precinct's opening or closing (tec-staff seated on the organizing
     * commission: the security configuration and CommissionScopeGuard); 400 naming pollsOpen or pollsClose when
     * not HH:MM, outside the ruleset's bounds (06:00-22:00), the opening not before the closing, or once the day
     * of silence has begun.
     */
    @PutMapping("/precincts/{electionNumber}/{precinctNumber}/hours")
    PrecinctHours.Hours moveHours(@PathVariable String electionNumber, @PathVariable int precinctNumber,
                                  @RequestBody(required = false) PollingHoursRules.Request request,
                                  Authentication caller) {
        return hours.move(electionNumber, precinctNumber, request, caller.getName());
    }

    /**
     * 201 with the stored protocol when it passed the control checks; 422 problem+json naming every
     * failed field when it did not (it is stored as REJECTED and the precinct corrects it); 409 when the
     * precinct's protocol is accepted already or waits for acceptance.
     */
    @PostMapping("/precincts/{electionNumber}/{precinctNumber}/protocol")
    ResponseEntity<?> submit(@PathVariable String electionNumber, @PathVariable int precinctNumber,
                             @RequestBody ProtocolRequest request,
                             @RequestHeader(name = IDEMPOTENCY_KEY_HEADER, required = false) String idempotencyKey) {
        checkIdempotencyKey(idempotencyKey);
        StoredProtocol stored = countTasks.submit(electionNumber, precinctNumber, request.figures(), idempotencyKey);
        if (stored.status() == ProtocolStatus.REJECTED) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(failedChecks(stored));
        }
        return ResponseEntity.created(URI.create("/api/precincts/" + electionNumber + "/" + precinctNumber
                + "/protocols/" + stored.id())).body(stored);
    }

    @PostMapping("/precincts/{electionNumber}/{precinctNumber}/protocol/acceptance")
    StoredProtocol accept(@PathVariable String electionNumber, @PathVariable int precinctNumber) {
        return countTasks.accept(electionNumber, precinctNumber);
    }

    /** Every protocol of the precinct, oldest first: corrections and recount versions included. */
    @GetMapping("/precincts/{electionNumber}/{precinctNumber}/protocols")
    List<StoredProtocol> protocols(@PathVariable String electionNumber, @PathVariable int precinctNumber) {
        return protocols.history(electionNumber, precinctNumber);
    }

    /**
     * A precinct's turnout at one report time: 201 with the report (ON_TIME or LATE); 400 naming hour or
     * ballotsIssued (unknown hour, negative, above the voters on the list, below an earlier report);
     * 409 before the report time, when reported already, or when the precinct's count is not running.
     */
    @PostMapping("/precincts/{electionNumber}/{precinctNumber}/turnout")
    ResponseEntity<TurnoutService.Report> reportTurnout(@PathVariable String electionNumber,
                                                         @PathVariable int precinctNumber,
                                                         @RequestBody TurnoutRequest request) {
        TurnoutService.Report report = countTasks.reportTurnout(electionNumber, precinctNumber, request.hour(),
                request.ballotsIssued());
        return ResponseEntity.created(URI.create("/api/elections/" + electionNumber + "/turnout")).body(report);
    }

    /** Every precinct and report time of the election, LATE and MISSING reports flagged and counted. */
    @GetMapping("/elections/{electionNumber}/turnout")
    TurnoutService.Overview turnout(@PathVariable String electionNumber) {
        return turnout.overview(electionNumber);
    }

    @PostMapping("/precincts/{electionNumber}/{precinctNumber}/staff")
    ResponseEntity<Void> assign(@PathVariable String electionNumber, @PathVariable int precinctNumber,
                                @RequestBody Assignment assignment) {
        if (assignment.userId() == null || assignment.userId().isBlank()) {
            throw new InvalidInputException("userId", "is required");
        }
        if (!USER_ID.matcher(assignment.userId().strip()).matches()) {
            throw new InvalidInputException("userId", "is not a user id: user ids hold Latin letters, digits and '-' only");
        }
        countTasks.assign(assignment.userId().strip(), electionNumber, precinctNumber);
        return ResponseEntity.noContent().build();
    }

    /**
     * A key the caller can resend byte for byte: 1 to 100 Latin letters, digits and . _ : + / = - (a UUID,
     * a ULID or base64 fit), so it survives proxies and logs and fits the stored key beside the business key.
     */
    private static void checkIdempotencyKey(String key) {
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new InvalidInputException(IDEMPOTENCY_KEY_HEADER, key.isEmpty() ? "is empty; leave the header out or send a key"
                    : "must be 1 to " + MAX_IDEMPOTENCY_KEY + " Latin letters, digits and . _ : + / = -, such as a UUID");
        }
    }

    private static ProblemDetail failedChecks(StoredProtocol stored) {
        List<FieldViolation> violations = stored.failures().stream()
                .flatMap(failure -> failure.fields().stream().map(field -> new FieldViolation(field, failure.message())))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "The protocol fails " + stored.failures().size() + " control check"
                        + (stored.failures().size() == 1 ? "" : "s") + "; correct the fields named and submit again: "
                        + String.join(", ", violations.stream().map(FieldViolation::field).distinct().toList()));
        problem.setTitle("Protocol fails its control checks");
        problem.setProperty(ApiProblems.ERRORS, violations);
        problem.setProperty("failures", stored.failures());
        problem.setProperty("protocolId", stored.id());
        return problem;
    }
}
