package kz.election.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every kind of mail the system sends: its template key, the model variables it needs, the values a
 * few of them may take (the template branches on them), and which variables fill the subject line.
 * Dates are {@code LocalDate}; times are {@code Instant}, {@code OffsetDateTime} or a
 * {@code LocalDateTime} already in Kazakhstan time; lists hold maps (see each template).
 * Which variables a mail's table of facts shows, and how, {@link MailFacts} says.
 */
public enum MailKind {

    NOMINATION_RECEIVED("nomination-received",
            List.of("referenceNumber", "electionName", "commissionName", "receivedAt", "decisionDeadline"),
            Map.of(), List.of("referenceNumber")),
    CANDIDATE_REGISTERED("candidate-registered",
            List.of("registrationNumber", "electionName", "commissionName", "registeredOn",
                    "campaignStart", "campaignEnd", "electionDay"),
            Map.of(), List.of("electionName")),
    /** {@code grounds}: a list of maps with {@code text} and {@code citation}, in the mail's language. */
    CANDIDATE_REFUSED("candidate-refused",
            List.of("electionName", "commissionName", "decidedOn", "grounds", "appealDeadline",
                    "higherCommissionName"),
            Map.of(), List.of("electionName")),
    CANDIDATE_WITHDRAWN("candidate-withdrawn",
            List.of("electionName", "commissionName", "withdrawnOn"),
            Map.of(), List.of("electionName")),
    CANDIDATE_DEREGISTERED("candidate-deregistered",
            List.of("electionName", "commissionName", "decidedOn", "reason", "ground", "groundCitation",
                    "appealDeadline", "higherCommissionName"),
            Map.of(), List.of("electionName")),
    /**
     * {@code outcome}: the tally's outcome kind; {@code elected}: whether the recipient won;
     * {@code results}: maps with {@code name}, {@code votes} and optionally {@code share} (0..1).
     * Optional: {@code winnerName}, {@code winnerVotes}, {@code votesAgainstAll}, {@code turnout} (0..1).
     */
    ELECTION_RESULT("election-result",
            List.of("electionName", "electionDay", "outcome", "elected", "results"),
            Map.of("outcome", Set.of("ELECTED", "REPEAT_VOTING", "FAILED_AGAINST_ALL", "NO_VALID_RESULT")),
            List.of("electionName")),
    /** {@code taskId} becomes a Tasklist link under {@code election.mail.base-url}. */
    DEADLINE_ESCALATION("deadline-escalation",
            List.of("electionName", "deadlineName", "dueAt", "taskName", "taskId"),
            Map.of(), List.of("deadlineName")),
    COMPLAINT_RECEIVED("complaint-received",
            List.of("complaintNumber", "commissionName", "receivedAt", "reviewDeadline"),
            Map.of(), List.of("complaintNumber")),
    COMPLAINT_INADMISSIBLE("complaint-inadmissible",
            List.of("complaintNumber", "commissionName", "filedAt", "filingDeadline"),
            Map.of(), List.of("complaintNumber")),
    /**
     * When {@code decision} is UPHELD: {@code remedyKind} with {@code remedyTarget} (a precinct number or a
     * nomination reference), or a free {@code remedy} text. {@code audience} AFFECTED writes to a candidate
     * the decision concerns instead of the complainant (the default).
     */
    COMPLAINT_DECIDED("complaint-decided",
            List.of("complaintNumber", "commissionName", "decidedOn", "decision", "reasons", "appealDeadline"),
            Map.of("decision", Set.of("DISMISSED", "UPHELD"), "audience", Set.of("COMPLAINANT", "AFFECTED"),
                    "remedyKind", Set.of("RECOUNT", "ANNUL_PRECINCT", "DEREGISTER", "REINSTATE", "ANNUL_ELECTION")),
            List.of("complaintNumber")),
    /** Optional: {@code complaintNumber}, {@code effect}, or {@code remedyKind} with {@code remedyTarget}. */
    COURT_RULING_RECORDED("court-ruling-recorded",
            List.of("courtName", "caseNumber", "ruledOn", "summary"),
            Map.of("remedyKind", Set.of("RECOUNT", "ANNUL_PRECINCT", "DEREGISTER", "REINSTATE", "ANNUL_ELECTION")),
            List.of("caseNumber")),
    /**
     * INITIATED uses {@code initiators} and {@code deputiesTotal}; VOTED uses {@code votesFor},
     * {@code deputiesTotal} and {@code adopted}; DECIDED uses {@code decidingAuthority} and {@code decision};
     * INADMISSIBLE uses {@code reason}; EARLY_ELECTION_CALLED uses {@code termEndedOn},
     * {@code earlyElectionNumber} and {@code electionDay}.
     */
    NO_CONFIDENCE_STEP("no-confidence-step",
            List.of("step", "motionNumber", "maslikhatName", "stepDate"),
            Map.of("step", Set.of("INITIATED", "VOTED", "DECIDED", "INADMISSIBLE", "EARLY_ELECTION_CALLED")),
            List.of("maslikhatName")),
    /** The candidate's report on the election fund is due at {@code dueAt} (docs/RULES.md, Money). */
    FUND_REPORT_REMINDER("fund-report-reminder",
            List.of("electionName", "commissionName", "dueAt"),
            Map.of(), List.of("electionName")),
    /**
     * A citizens' appeal about no confidence: RECEIVED uses {@code answerDueOn}; FORWARDED {@code forwardedTo};
     * EXTENDED {@code extendedUntil} and {@code reason}; ANSWERED {@code answer} and optionally {@code motionNumber}.
     */
    CITIZEN_APPEAL_STEP("citizen-appeal-step",
            List.of("step", "appealNumber", "stepDate"),
            Map.of("step", Set.of("RECEIVED", "FORWARDED", "EXTENDED", "ANSWERED")),
            List.of("appealNumber")),
    /**
     * New tasks a commission member can work, for those who asked for it: {@code tasks} are maps with
     * {@code name}, {@code commission}, {@code createdAt} and {@code taskId} (a Tasklist link under
     * {@code election.mail.base-url}); {@code period} says why now: each task as it opens, the day's tasks,
     * or the opening of a precinct's protocol entry on election night.
     */
    TASK_DIGEST("task-digest",
            List.of("tasks", "taskCount", "period"),
            Map.of("period", Set.of("IMMEDIATE", "DAILY", "PROTOCOL_ENTRY")),
            List.of("taskCount"));

    private final String key;
    private final List<String> requiredVariables;
    private final Map<String, Set<String>> choices;
    private final List<String> subjectVariables;

    MailKind(String key, List<String> requiredVariables, Map<String, Set<String>> choices,
             List<String> subjectVariables) {
        this.key = key;
        this.requiredVariables = requiredVariables;
        this.choices = choices;
        this.subjectVariables = subjectVariables;
    }

    public String key() {
        return key;
    }

    public List<String> requiredVariables() {
        return requiredVariables;
    }

    public Map<String, Set<String>> choices() {
        return choices;
    }

    /** Fill {0}, {1}, ... of the subject message, in this order. */
    public List<String> subjectVariables() {
        return subjectVariables;
    }

    public static Optional<MailKind> fromKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }
}
