package kz.election.conduct;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationRepository;
import kz.election.election.Election;
import kz.election.notification.CommissionMailboxes;
import kz.election.election.ElectionService;
import kz.election.election.ResultVersion;
import kz.election.notification.MailKind;
import kz.election.notification.MailRequest;
import org.springframework.stereotype.Component;

/** The mails of election.bpmn: the published result to every candidate, and deadline escalations to the TEC. */
@Component
public class ElectionMails {

    private final ElectionService elections;
    private final ElectionResults results;
    private final NominationRepository candidates;
    private final CommissionMailboxes mailboxes;

    public ElectionMails(ElectionService elections, ElectionResults results, NominationRepository candidates,
                         CommissionMailboxes mailboxes) {
        this.elections = elections;
        this.results = results;
        this.candidates = candidates;
        this.mailboxes = mailboxes;
    }

    /**
     * One mail per candidate of the ballot, in the candidate's language, about the published version.
     * A repeat voting's ballot carries the registrations of the tied election, so they are found there.
     */
    public List<MailRequest> result(String number, int version) {
        Election election = elections.byNumber(number);
        ResultVersion result = results.version(number, version);
        List<Map<String, Object>> lines = results.candidateVotes(number, version);
        List<Map<String, Object>> table = lines.stream()
                .map(line -> Map.<String, Object>of("name", line.get("name"), "votes", line.get("votes"),
                        "share", line.get("share")))
                .toList();
        // the template words a declared invalidity like a result that could not be established
        String outcome = ResultVersion.INVALID.equals(result.outcome()) ? "NO_VALID_RESULT" : result.outcome();
        List<MailRequest> mails = new ArrayList<>();
        for (Map<String, Object> line : lines) {
            String registration = (String) line.get("registrationNumber");
            Nomination candidate = candidates.byRegistrationNumber(registration).orElse(null);
            if (candidate == null) {
                continue; // a ballot fixed by hand (REST) may name people without a nomination in the system
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("electionName", name(election, candidate.language()));
            model.put("electionDay", election.electionDay());
            model.put("outcome", outcome);
            model.put("elected", "ELECTED".equals(outcome) && registration.equals(result.winnerRegistrationNumber()));
            model.put("results", table);
            if (result.winnerName() != null && "ELECTED".equals(outcome)) {
                model.put("winnerName", result.winnerName());
            }
            mails.add(new MailRequest(candidate.email(), candidate.fullName(), candidate.language(),
                    MailKind.ELECTION_RESULT.key(), model, number, "v" + version));
        }
        return mails;
    }

    /** The organizing commission is warned, in its mailbox and language, that a statutory deadline is near. */
    public MailRequest escalation(String number, String deadlineName, OffsetDateTime dueAt, String taskName,
                                  String taskId) {
        Election election = elections.byNumber(number);
        Map<String, Object> model = new LinkedHashMap<>();
        CommissionMailboxes.Mailbox tec = mailboxes.of(election.organizerCode());
        model.put("electionName", name(election, tec.language()));
        model.put("deadlineName", deadlineName);
        model.put("dueAt", dueAt);
        model.put("taskName", taskName);
        model.put("taskId", taskId == null ? "" : taskId);
        return new MailRequest(tec.address(), tec.name(), tec.language(), MailKind.DEADLINE_ESCALATION.key(), model,
                number, deadlineName);
    }

    /** The post, its territory named from the register in the reader's language, and the election number. */
    private String name(Election election, String language) {
        return election.post() + ", " + mailboxes.territoryName(election.territoryCode(), language, election.territory())
                + " (" + election.number() + ")";
    }

}
