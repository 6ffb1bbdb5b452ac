package kz.election.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.election.conduct.ElectionCalls;
import kz.election.conduct.ElectionResults;
import kz.election.election.AnnouncementRequest;
import kz.election.election.CalendarProperties;
import kz.election.election.Deadline;
import kz.election.election.Election;
import kz.election.election.ElectionCancellations;
import kz.election.election.ElectionService;
import kz.election.election.ResultVersion;
import kz.election.election.ElectionSummary;
import kz.election.platform.EngineUsers;
import kz.election.election.ElectoralCalendar;
import kz.election.election.IcsCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Announcing an election and reading elections and their calendars. Only the territorial commission
 * announces (the security configuration keeps every other role out of the POST); every signed-in
 * user reads.
 */
@RestController
@RequestMapping("/api/elections")
class ElectionController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ElectionService elections;
    private final ElectionCalls calls;
    private final ElectionResults results;
    private final ElectionCancellations cancellations;
    private final IcsCalendar icsCalendar;
    private final EngineUsers engineUsers;

    ElectionController(ElectionService elections, ElectionCalls calls, ElectionResults results,
                       ElectionCancellations cancellations, CalendarProperties calendarProperties,
                       EngineUsers engineUsers) {
        this.engineUsers = engineUsers;
        this.elections = elections;
        this.calls = calls;
        this.results = results;
        this.cancellations = cancellations;
        this.icsCalendar = new IcsCalendar(calendarProperties.uidDomain());
    }

    /** Stores the election and starts its process (election.bpmn) under the election number. */
    @PostMapping
    ResponseEntity<Election> announce(@RequestBody AnnouncementRequest request, Authentication caller) {
        Election election = calls.call(request, caller.getName());
        return ResponseEntity.created(URI.create("/api/elections/" + election.number())).body(election);
    }

    /** The territorial commission cancels the election; its process and every child process end with the reason. */
    @PostMapping("/{number}/cancellation")
    ResponseEntity<Election> cancel(@PathVariable String number, @RequestBody(required = false) CancellationRequest request,
                                    Authentication caller) {
        cancellations.cancel(number, request == null ? null : request.reason(), caller.getName());
        return ResponseEntity.ok(elections.byNumber(number));
    }

    /** Every result version, oldest first (empty before the count). */
    @GetMapping("/{number}/results")
    List<ResultVersion> results(@PathVariable String number) {
        elections.byNumber(number);
        return results.history(number);
    }

    @Schema(description = "The cancellation of an election")
    record CancellationRequest(@Schema(description = "why the election is cancelled (the commission's decision); at most 2000 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String reason) {
    }

    /** The elections of the commissions the caller's seats reach (all for administrators). */
    @GetMapping
    List<ElectionSummary> list() {
        return elections.list(engineUsers.visibleCommissions());
    }

    @GetMapping("/{number}")
    Election byNumber(@PathVariable String number) {
        return elections.byNumber(number);
    }

    // no "produces": JSON stays the answer for Accept */*, the text/calendar mapping wins only when asked for
    @GetMapping("/{number}/calendar")
    List<Deadline> calendar(@PathVariable String number) {
        return elections.calendar(number).entries().stream().map(Deadline::of).toList();
    }

    @GetMapping(path = "/{number}/calendar", produces = "text/calendar")
    ResponseEntity<byte[]> calendarAsIcs(@PathVariable String number) {
        return ics(number);
    }

    @GetMapping("/{number}/calendar.ics")
    ResponseEntity<byte[]> calendarFile(@PathVariable String number) {
        return ics(number);
    }

    private ResponseEntity<byte[]> ics(String number) {
        Election election = elections.byNumber(number);
        ElectoralCalendar calendar = elections.calendar(number);
        String title = election.post() + ", " + election.territory() + ": election of " + election.electionDay()
                + " (" + number + ")";
        // engine time, so the file stamps agree with the rest of the system when a test moves the clock
        String text = icsCalendar.render(number, title, calendar, ClockUtil.getCurrentTime().toInstant());
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(number + ".ics").build().toString())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }
}
