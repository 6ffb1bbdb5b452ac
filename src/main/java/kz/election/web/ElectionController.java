package kz.election.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.election.election.AnnouncementRequest;
import kz.election.election.CalendarProperties;
import kz.election.election.Deadline;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.election.ElectionSummary;
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
    private final IcsCalendar icsCalendar;

    ElectionController(ElectionService elections, CalendarProperties calendarProperties) {
        this.elections = elections;
        this.icsCalendar = new IcsCalendar(calendarProperties.uidDomain());
    }

    @PostMapping
    ResponseEntity<Election> announce(@RequestBody AnnouncementRequest request, Authentication caller) {
        Election election = elections.announce(request, caller.getName());
        return ResponseEntity.created(URI.create("/api/elections/" + election.number())).body(election);
    }

    @GetMapping
    List<ElectionSummary> list() {
        return elections.list();
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
