package kz.election.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import kz.election.common.InvalidInputException;
import kz.election.complaint.Attachment;
import kz.election.complaint.Complaint;
import kz.election.complaint.ComplaintAttachments;
import kz.election.complaint.ComplaintRequest;
import kz.election.complaint.ComplaintService;
import kz.election.complaint.ComplaintTasks;
import kz.election.complaint.Remedy;
import kz.election.complaint.RemedyKind;
import kz.election.results.PublicComplaint;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Complaints over REST. Complaints officers file them (the complaint process starts at once), attach
 * files, decide and record court appeals and rulings: each of these completes the process's own task,
 * so the API and Tasklist behave alike. Complaints officers, who decide, and administrators read a
 * complaint in full and its attachments; supervisors, who follow its deadlines, read it without the
 * complainant's name, e-mail and language (SecurityConfiguration keeps the other roles out); every
 * signed-in user reads an election's complaints as the public sees them (no complainant's personal data).
 */
@RestController
class ComplaintController {

    /** The decision as the review form has it; field names in 400 answers are these. */
    record DecisionRequest(String decision, String reasons, RemedyKind remedy, Integer remedyPrecinct,
                           String remedyNomination, String remedyGround) {
    }

    record AppealRequest(String courtName, LocalDate appealedOn, String caseNumber) {
    }

    record AdmissionRequest(String admission, String admissionReasons) {
    }

    record RulingRequest(String ruling, LocalDate ruledOn, String rulingSummary, RemedyKind remedy,
                         Integer remedyPrecinct, String remedyNomination, String remedyGround) {
    }

    private final ComplaintService complaints;
    private final ComplaintTasks tasks;
    private final ComplaintAttachments attachments;

    ComplaintController(ComplaintService complaints, ComplaintTasks tasks, ComplaintAttachments attachments) {
        this.complaints = complaints;
        this.tasks = tasks;
        this.attachments = attachments;
    }

    @PostMapping("/api/complaints")
    ResponseEntity<Complaint> file(@RequestBody ComplaintRequest request, Authentication caller) {
        Complaint complaint = complaints.submit(request, caller.getName());
        return ResponseEntity.created(URI.create("/api/complaints/" + complaint.complaintNumber()))
                .body(complaints.byNumber(complaint.complaintNumber()));
    }

    @GetMapping("/api/complaints/{number}")
    Complaint byNumber(@PathVariable String number, Authentication caller) {
        Complaint complaint = complaints.byNumber(number);
        return NeedToKnow.decidesOrAdministers(caller, "complaints-officers") ? complaint : withoutComplainant(complaint);
    }

    static Complaint withoutComplainant(Complaint c) {
        return new Complaint(c.complaintNumber(), c.electionNumber(), c.complainantRole(), null, null, null,
                c.subject(), c.subjectReference(), c.actDate(), c.text(), c.filedAt(), c.filedBy(), c.status(),
                c.filingDeadline(), c.reviewDueAt(), c.immediateReview(), c.escalateAt(), c.reviewOverdueAt(),
                c.decision(), c.reasons(), c.remedy(), c.remedyAppliedAt(), c.decidedBy(), c.decidedAt(),
                c.courtAppeal(), c.attachments());
    }

    /** One file per request, in the multipart part {@code file}; its type is judged by its content. */
    @PostMapping(path = "/api/complaints/{number}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Attachment> attach(@PathVariable String number,
                                      @RequestParam(name = "file", required = false) MultipartFile file,
                                      Authentication caller) throws IOException {
        if (file == null) {
            throw new InvalidInputException("file", "send the file in the multipart part named 'file'");
        }
        Attachment stored = attachments.attach(number, file.getOriginalFilename(), file.getContentType(),
                file.getBytes(), caller.getName());
        return ResponseEntity.created(URI.create("/api/complaints/" + number + "/attachments/" + stored.id()))
                .body(stored);
    }

    @GetMapping("/api/complaints/{number}/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable long id) {
        ComplaintAttachments.Content content = attachments.content(number, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(content.bytes());
    }

    @PostMapping("/api/complaints/{number}/decision")
    Complaint decide(@PathVariable String number, @RequestBody DecisionRequest request) {
        return tasks.decide(number, request.decision(), request.reasons(), remedy(request.remedy(),
                request.remedyPrecinct(), request.remedyNomination(), request.remedyGround()));
    }

    /** A complaint filed after the filing term: the officer admits it or finds it inadmissible, with reasons. */
    @PostMapping("/api/complaints/{number}/admission")
    Complaint admission(@PathVariable String number, @RequestBody AdmissionRequest request) {
        return tasks.admitLate(number, request.admission(), request.admissionReasons());
    }

    @PostMapping("/api/complaints/{number}/court-appeal")
    Complaint appeal(@PathVariable String number, @RequestBody AppealRequest request) {
        return tasks.appeal(number, request.courtName(), request.appealedOn(), request.caseNumber());
    }

    @PostMapping("/api/complaints/{number}/court-ruling")
    Complaint ruling(@PathVariable String number, @RequestBody RulingRequest request) {
        return tasks.ruling(number, request.ruling(), request.ruledOn(), request.rulingSummary(),
                remedy(request.remedy(), request.remedyPrecinct(), request.remedyNomination(), request.remedyGround()));
    }

    /** The election's complaints as the results page shows them. */
    @GetMapping("/api/elections/{number}/complaints")
    List<PublicComplaint> publicList(@PathVariable String number) {
        return complaints.publicList(number);
    }

    private static Remedy remedy(RemedyKind kind, Integer precinct, String nomination, String ground) {
        return kind == null && precinct == null && nomination == null && ground == null ? null
                : new Remedy(kind, precinct, nomination, ground);
    }
}
