package kz.election.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
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
    @Schema(description = "The commission's decision on a complaint; the field names of the 400 answer are these")
    record DecisionRequest(@Schema(description = "the commission's decision", requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"DISMISS", "UPHOLD"}) String decision, @Schema(description = "the reasons, sent to the complainant; at most 20000 characters, no control characters but line breaks and tabs", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20000) String reasons, @Schema(description = "what an upheld complaint orders: required for UPHOLD, must be empty for DISMISS; each kind needs its own remedy field") RemedyKind remedy, @Schema(description = "the precinct of this election a RECOUNT or ANNUL_PRECINCT concerns") Integer remedyPrecinct,
                           @Schema(description = "the nomination reference a DEREGISTER or REINSTATE concerns") String remedyNomination, @Schema(description = "the legal ground of a DEREGISTER, from the ruleset of the election") String remedyGround) {
    }

    @Schema(description = "A court appeal against the decision on a complaint")
    record AppealRequest(@Schema(description = "the court; a single line without control characters, at most 200 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String courtName, @Schema(description = "the day the appeal was filed with the court: not before the decision, not in the future", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate appealedOn, @Schema(description = "the court's case number; a single line without control characters, at most 64 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64) String caseNumber) {
    }

    @Schema(description = "The decision on a late complaint")
    record AdmissionRequest(@Schema(description = "for a complaint filed after its term: admit it for review or find it inadmissible", requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ADMIT", "INADMISSIBLE"}) String admission, @Schema(description = "the reasons of the admission decision, sent to the complainant; at most 20000 characters, no control characters but line breaks and tabs", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20000) String admissionReasons) {
    }

    @Schema(description = "A court's ruling on an appealed complaint")
    record RulingRequest(@Schema(description = "the court's ruling", requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"UPHELD_DECISION", "OVERTURNED"}) String ruling, @Schema(description = "the day of the ruling: not before the appeal, not in the future", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate ruledOn, @Schema(description = "what the court ruled; at most 20000 characters, no control characters but line breaks and tabs", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20000) String rulingSummary, @Schema(description = "what an OVERTURNED ruling orders: required for it, must be empty for UPHELD_DECISION") RemedyKind remedy,
                         @Schema(description = "the precinct of this election a RECOUNT or ANNUL_PRECINCT concerns") Integer remedyPrecinct, @Schema(description = "the nomination reference a DEREGISTER or REINSTATE concerns") String remedyNomination, @Schema(description = "the legal ground of a DEREGISTER, from the ruleset of the election") String remedyGround) {
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
                                      @Parameter(description = "the file, at most the configured size (election.complaints"
                                              + ".attachments); its type is judged by its content and must be one the"
                                              + " configuration allows", required = true)
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
