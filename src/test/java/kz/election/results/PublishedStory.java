package kz.election.results;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.election.complaint.ComplainantRole;
import kz.election.complaint.ComplaintDecision;
import kz.election.complaint.ComplaintRequest;
import kz.election.complaint.ComplaintReview;
import kz.election.complaint.ComplaintService;
import kz.election.complaint.ComplaintSubject;
import kz.election.complaint.Remedy;
import kz.election.complaint.RemedyKind;
import kz.election.conduct.ElectionCalls;
import kz.election.conduct.ElectionResults;
import kz.election.protocol.ProtocolFigures;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * An election whose result was published, then revised by a complaint, driven through the real
 * services: the election is called (its process started, so a remedy on it can be ordered), three
 * precincts count, the commission establishes and a second member publishes version 1 (Nurlan Bekov
 * ahead on precinct 2's count); complaint C001 about precinct 2 is upheld with the remedy "annul
 * precinct 2", the precinct is excluded and the result revised to version 2 (Aigerim Sadykova
 * ahead); complaint C002 about a violation is dismissed. Its complainants' names, emails, texts and
 * the reasons are known, so a test can look for them and find them nowhere public.
 */
public final class PublishedStory {

    public static final String COMPLAINANT = "Zhanar Secretova";
    public static final String COMPLAINANT_EMAIL = "zhanar.secret@example.kz";
    public static final String COMPLAINT_TEXT = "Ballots were stuffed at precinct 2, I saw it myself from row 4";
    public static final String REASONS = "Video of the ballot box confirms the stuffing reported by the witness";
    public static final String OTHER_COMPLAINANT = "Bolat Hiddenov";
    public static final String OTHER_EMAIL = "bolat.hidden@example.kz";
    public static final String OTHER_TEXT = "Campaign leaflets of Sadykova lay in the school hall at 9 am";

    /** Precinct 2 of the story: valid, and Nurlan Bekov far ahead there. */
    public static final ProtocolFigures PRECINCT_2 = new ProtocolFigures(420L, 420L, 300L, 36L, 84L, 336L, 0L,
            votes(36, 290), 10L);

    public final String number;
    public final String annulment;
    public final String dismissed;

    private PublishedStory(String number, String annulment, String dismissed) {
        this.number = number;
        this.annulment = annulment;
        this.dismissed = dismissed;
    }

    public static PublishedStory run(ResultsFixtures fixtures, ElectionCalls calls, ElectionResults results,
                                     ComplaintService complaints, ComplaintReview review,
                                     RuntimeService runtimeService) {
        String number = calls.call(ResultsFixtures.request("Revised district", 3), "demo-tec").number();
        try {
            fixtures.fixBallot(number);
            fixtures.count(number, 1);
            fixtures.count(number, 2, 1, PRECINCT_2);
            fixtures.count(number, 3);
            results.tabulate(number, "count of every precinct");
            results.establish(number, 1, false, null, "tec-chair", null);
            results.publish(number, 1, "tec-secretary", null);

            LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.ofHours(5));
            String annulment = complaints.file(new ComplaintRequest(number, ComplainantRole.OBSERVER, COMPLAINANT,
                    COMPLAINANT_EMAIL, "kk", ComplaintSubject.PRECINCT_PROTOCOL, "2", today, COMPLAINT_TEXT),
                    "demo-complaints").complaintNumber();
            complaints.admit(annulment, null);
            review.decide(annulment, new ComplaintDecision(ComplaintDecision.UPHOLD, REASONS,
                    new Remedy(RemedyKind.ANNUL_PRECINCT, 2, null, null)), "tec-chair", null);
            // what the election process does on precinctAnnulled (docs/PROCESS-CONTRACTS.md)
            results.excludePrecinct(number, 2, annulment);
            results.revise(number, "complaint " + annulment, null);

            String dismissed = complaints.file(new ComplaintRequest(number, ComplainantRole.VOTER, OTHER_COMPLAINANT,
                    OTHER_EMAIL, "ru", ComplaintSubject.ELECTION_DAY_VIOLATION, "leaflets in the school hall", today,
                    OTHER_TEXT), "demo-complaints").complaintNumber();
            complaints.admit(dismissed, null);
            review.decide(dismissed, new ComplaintDecision(ComplaintDecision.DISMISS,
                    "The leaflets were outside the polling room and removed at once", null), "tec-chair", null);
            return new PublishedStory(number, annulment, dismissed);
        } finally {
            // the story needed the process only to be there for the remedy; it must not run on in the shared database
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test story done", true));
        }
    }

    static Map<String, Long> votes(long first, long second) {
        Map<String, Long> votes = new LinkedHashMap<>();
        votes.put(ResultsFixtures.FIRST, first);
        votes.put(ResultsFixtures.SECOND, second);
        return votes;
    }
}
