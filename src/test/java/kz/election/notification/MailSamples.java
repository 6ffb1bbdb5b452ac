package kz.election.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A full model for each mail kind, and a variant for every branch its template takes. */
final class MailSamples {

    static final MailSettings SETTINGS = new MailSettings("noreply@election.example.kz", "Election commission",
            "https://election.example.kz/");

    private MailSamples() {
    }

    record Sample(MailKind kind, String variant, Map<String, Object> model) {
        @Override
        public String toString() {
            return kind.key() + (variant.isEmpty() ? "" : " (" + variant + ")");
        }
    }

    static Map<String, Object> refusal() {
        return Map.of(
                "electionName", "Election of the akim of Kosshy",
                "commissionName", "Kosshy territorial election commission",
                "decidedOn", LocalDate.of(2026, 7, 1),
                "decisionNumber", "12/3",
                "grounds", List.of(
                        Map.of("text", "Incomplete income declaration", "citation", "Art. 113-4 p. 2"),
                        Map.of("text", "Under 25 on election day", "citation", "Art. 113-3 p. 1")),
                "appealDeadline", OffsetDateTime.parse("2026-07-11T18:00:00+05:00"),
                "higherCommissionName", "Akmola regional election commission");
    }

    static List<Sample> all() {
        Instant at = Instant.parse("2026-06-20T13:00:00Z"); // 18:00 in Kazakhstan
        LocalDate day = LocalDate.of(2026, 7, 26);
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample(MailKind.NOMINATION_RECEIVED, "", Map.of("referenceNumber", "N-2026-0042",
                "electionName", "Election of the akim of Kosshy", "commissionName", "Kosshy TEC",
                "receivedAt", at, "decisionDeadline", at.plusSeconds(5 * 86400))));
        samples.add(new Sample(MailKind.CANDIDATE_REGISTERED, "", Map.of("registrationNumber", "3",
                "electionName", "Election of the akim of Kosshy", "commissionName", "Kosshy TEC",
                "registeredOn", LocalDate.of(2026, 6, 25), "campaignStart", LocalDate.of(2026, 6, 25),
                "campaignEnd", OffsetDateTime.parse("2026-07-25T00:00:00+05:00"), "electionDay", day)));
        samples.add(new Sample(MailKind.CANDIDATE_REFUSED, "", refusal()));
        samples.add(new Sample(MailKind.CANDIDATE_WITHDRAWN, "", Map.of("electionName", "Election of the akim of Kosshy",
                "commissionName", "Kosshy TEC", "withdrawnOn", LocalDate.of(2026, 7, 2))));
        samples.add(new Sample(MailKind.CANDIDATE_DEREGISTERED, "", Map.of("electionName", "Election of the akim of Kosshy",
                "commissionName", "Kosshy TEC", "decidedOn", LocalDate.of(2026, 7, 10),
                "reason", "The declared assets omit a flat in Astana", "ground", "False declaration data",
                "groundCitation", "Art. 113-5 p. 1", "appealDeadline", at.plusSeconds(20 * 86400),
                "higherCommissionName", "Akmola regional election commission")));
        samples.add(new Sample(MailKind.FUND_REPORT_REMINDER, "", Map.of("electionName", "Election of the akim of Kosshy",
                "commissionName", "Kosshy TEC", "dueAt", at.plusSeconds(5 * 86400))));
        for (String outcome : List.of("ELECTED", "REPEAT_VOTING", "FAILED_AGAINST_ALL", "NO_VALID_RESULT")) {
            for (boolean elected : outcome.equals("ELECTED") ? List.of(true, false) : List.of(false)) {
                Map<String, Object> model = new HashMap<>(Map.of("electionName", "Election of the akim of Kosshy",
                        "electionDay", day, "outcome", outcome, "elected", elected,
                        "results", List.of(Map.of("name", "Aigerim Seitkali", "votes", 1209, "share", 0.5123),
                                Map.of("name", "Nurlan Bekov", "votes", 1010, "share", 0.428)),
                        "votesAgainstAll", 141, "turnout", 0.791));
                model.put("winnerName", "Aigerim Seitkali");
                samples.add(new Sample(MailKind.ELECTION_RESULT, outcome + (elected ? ", recipient won" : ""), model));
            }
        }
        for (String period : List.of("IMMEDIATE", "DAILY", "PROTOCOL_ENTRY")) {
            samples.add(new Sample(MailKind.TASK_DIGEST, period, Map.of("period", period, "taskCount", 2,
                    "tasks", List.of(Map.of("name", "Accept the precinct protocol", "commission", "Kosshy TEC",
                                    "createdAt", at, "taskId", "6f1c2d3e-0000-4000-8000-000000000002"),
                            Map.of("name", "Review registration documents", "commission", "Kosshy TEC",
                                    "createdAt", at, "taskId", "6f1c2d3e-0000-4000-8000-000000000003")))));
        }
        samples.add(new Sample(MailKind.DEADLINE_ESCALATION, "", Map.of("electionName", "Election of the akim of Kosshy",
                "deadlineName", "Registration closes", "dueAt", at, "taskName", "Review registration documents",
                "taskId", "6f1c2d3e-0000-4000-8000-000000000001")));
        samples.add(new Sample(MailKind.COMPLAINT_RECEIVED, "", Map.of("complaintNumber", "C-17",
                "commissionName", "Kosshy TEC", "receivedAt", at, "reviewDeadline", at.plusSeconds(5 * 86400))));
        samples.add(new Sample(MailKind.COMPLAINT_INADMISSIBLE, "", Map.of("complaintNumber", "C-18",
                "commissionName", "Kosshy TEC", "filedAt", at, "filingDeadline", at.minusSeconds(3 * 86400))));
        samples.add(new Sample(MailKind.COMPLAINT_DECIDED, "dismissed", Map.of("complaintNumber", "C-17",
                "commissionName", "Kosshy TEC", "decidedOn", LocalDate.of(2026, 6, 24), "decision", "DISMISSED",
                "reasons", "The protocol of precinct 412 passes every control check", "appealDeadline", at)));
        samples.add(new Sample(MailKind.COMPLAINT_DECIDED, "upheld", Map.of("complaintNumber", "C-19",
                "commissionName", "Kosshy TEC", "decidedOn", LocalDate.of(2026, 6, 24), "decision", "UPHELD",
                "reasons", "Ballots were issued without checking identity", "remedy", "Recount at precinct 412",
                "appealDeadline", at)));
        samples.add(new Sample(MailKind.COURT_RULING_RECORDED, "", Map.of("courtName", "Specialised administrative court of Astana",
                "caseNumber", "7199-26-00-4a/15", "ruledOn", LocalDate.of(2026, 8, 3), "summary",
                "The refusal to register is annulled", "complaintNumber", "C-17", "effect", "Registration restored")));
        samples.add(new Sample(MailKind.NO_CONFIDENCE_STEP, "initiated", Map.of("step", "INITIATED", "motionNumber", "M-1",
                "maslikhatName", "Kosshy city maslikhat", "stepDate", LocalDate.of(2026, 9, 1), "initiators", 6,
                "deputiesTotal", 25)));
        samples.add(new Sample(MailKind.NO_CONFIDENCE_STEP, "voted, adopted", Map.of("step", "VOTED", "motionNumber", "M-1",
                "maslikhatName", "Kosshy city maslikhat", "stepDate", LocalDate.of(2026, 9, 10), "votesFor", 14,
                "deputiesTotal", 25, "adopted", true)));
        samples.add(new Sample(MailKind.NO_CONFIDENCE_STEP, "voted, rejected", Map.of("step", "VOTED", "motionNumber", "M-1",
                "maslikhatName", "Kosshy city maslikhat", "stepDate", LocalDate.of(2026, 9, 10), "votesFor", 9,
                "deputiesTotal", 25, "adopted", false)));
        samples.add(new Sample(MailKind.NO_CONFIDENCE_STEP, "decided", Map.of("step", "DECIDED", "motionNumber", "M-1",
                "maslikhatName", "Kosshy city maslikhat", "stepDate", LocalDate.of(2026, 9, 20),
                "decidingAuthority", "Akim of Akmola region", "decision", "DISMISS", "dismissed", true,
                "decisionReference", "Order No. 14-r")));
        samples.add(new Sample(MailKind.NO_CONFIDENCE_STEP, "inadmissible", Map.of("step", "INADMISSIBLE",
                "motionNumber", "M-1", "maslikhatName", "Kosshy city maslikhat", "stepDate", LocalDate.of(2026, 9, 2),
                "reason", "4 of 25 deputies signed; at least 5 (0.2 of the deputies) are needed")));
        samples.add(new Sample(MailKind.NO_CONFIDENCE_STEP, "early election called", Map.of("step",
                "EARLY_ELECTION_CALLED", "motionNumber", "M-1", "maslikhatName", "Kosshy city maslikhat",
                "stepDate", LocalDate.of(2026, 9, 25), "termEndedOn", LocalDate.of(2026, 9, 20),
                "earlyElectionNumber", "2026-RUR-0099", "electionDay", LocalDate.of(2026, 11, 8))));
        samples.add(new Sample(MailKind.CITIZEN_APPEAL_STEP, "received", Map.of("step", "RECEIVED",
                "appealNumber", "NCA-2026-0001", "stepDate", LocalDate.of(2026, 3, 6), "answerDueOn", LocalDate.of(2026, 4, 2))));
        samples.add(new Sample(MailKind.CITIZEN_APPEAL_STEP, "forwarded", Map.of("step", "FORWARDED",
                "appealNumber", "NCA-2026-0001", "stepDate", LocalDate.of(2026, 3, 10), "forwardedTo", "Akimat of Akmola region")));
        samples.add(new Sample(MailKind.CITIZEN_APPEAL_STEP, "extended", Map.of("step", "EXTENDED",
                "appealNumber", "NCA-2026-0001", "stepDate", LocalDate.of(2026, 3, 30), "extendedUntil", LocalDate.of(2026, 5, 6),
                "reason", "The deputies meet in session on 28 April")));
        samples.add(new Sample(MailKind.CITIZEN_APPEAL_STEP, "answered", Map.of("step", "ANSWERED",
                "appealNumber", "NCA-2026-0001", "stepDate", LocalDate.of(2026, 4, 1), "answer",
                "Six deputies have initiated a motion", "motionNumber", "NC-2026-0003")));
        return samples;
    }
}
