package kz.election.election;

import static kz.election.model.ElectionModel.Elements.*;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.election.candidate.NominationFiling;
import kz.election.candidate.NominationRequest;
import kz.election.conduct.AkimTerms;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "An election with a certified akim", the real way: election.bpmn runs from the call to the
 * certification, two party nominees, the first one winning, every step taken as staff and the calendar
 * take it ({@link ElectionStories}). Works on any called election, REGULAR or EARLY, whatever its
 * dates: the moments come from the election's own stored calendar.
 */
@Component
public class CertifiedAkimElections {

    /** Votes per precinct: the winner, the runner-up, against all. */
    private static final long[] PRECINCT_1 = {300, 100, 20};
    private static final long[] PRECINCT_2 = {150, 120, 10};

    private final ElectionStories stories;
    private final ElectionService elections;
    private final NominationFiling candidates;
    private final AkimTerms terms;

    CertifiedAkimElections(ElectionStories stories, ElectionService elections, NominationFiling candidates,
                           AkimTerms terms) {
        this.stories = stories;
        this.elections = elections;
        this.candidates = candidates;
        this.terms = terms;
    }

    /** The winner-to-be: name, address and language of their nomination (the akim's mails go there). */
    public record Nominee(String fullName, String email, String language) {
    }

    /**
     * A REGULAR rural election called on 1 August 2026 for 13 September 2026 (see {@link ElectionStories}),
     * run until {@code akim} is certified, in office from 2 October 2026. Engine time is left just after
     * the certification.
     */
    public AkimTerm elect(String story, Nominee akim) {
        String number = stories.call(story);
        return runToCertifiedAkim(number, akim, false);
    }

    /**
     * Runs an election already called (and its process started) to the certification of {@code akim}:
     * nomination of two candidates, registration, polls, both counts, result established and published by
     * two members, certification after the complaint window. Moves engine time forward.
     */
    public AkimTerm runToCertifiedAkim(String number, Nominee akim) {
        return runToCertifiedAkim(number, akim, true);
    }

    private AkimTerm runToCertifiedAkim(String number, Nominee akim, boolean bindPrecinctMembers) {
        if (bindPrecinctMembers) {
            stories.bindPrecinctMembers(number);
        }
        ElectoralCalendar calendar = elections.calendar(number);
        advanceTo(number, calendar.at(ElectoralCalendar.NOMINATION_OPENS).plusHours(1));
        for (NominationRequest nominee : List.of(nominee(akim), ElectionStories.nominee("Runner-up of " + number))) {
            stories.register(number, candidates.nominate(number, nominee, "demo-tec").referenceNumber());
        }
        advanceTo(number, calendar.at(ElectoralCalendar.REGISTRATION_CLOSES));
        stories.superviseAll(number);
        advanceTo(number, calendar.at(ElectoralCalendar.POLLS_OPEN));
        at(calendar.at(ElectoralCalendar.POLLS_CLOSE).plusMinutes(1));
        stories.count(number, 1, PRECINCT_1);
        stories.count(number, 2, PRECINCT_2);
        stories.complete(number, ESTABLISH_RESULT, "demo-tec", Map.of("tabulationChecked", true, "declareInvalid", false));
        stories.complete(number, PUBLISH_RESULT, "tec-second-member", Map.of("resultChecked", true));
        stories.runDueJobs(number);
        // past the complaint window, on the last day of the winner's registration
        OffsetDateTime registrationDeadline = calendar.at(ElectoralCalendar.WINNER_REGISTRATION_DEADLINE);
        advanceTo(number, registrationDeadline.minusHours(1));
        stories.superviseAll(number);
        Election election = elections.byNumber(number);
        LocalDate termFrom = election.termEnd() != null ? election.termEnd().plusDays(1)
                : registrationDeadline.withOffsetSameInstant(ZoneOffset.ofHours(5)).toLocalDate();
        stories.complete(number, CERTIFY_AKIM, "demo-tec", Map.of("termFrom", termFrom.toString(), "documentsChecked", true));
        stories.runDueJobs(number);
        return terms.sitting(number).orElseThrow(() -> new IllegalStateException("no akim certified by " + number));
    }

    private static NominationRequest nominee(Nominee akim) {
        NominationRequest r = ElectionStories.nominee(akim.fullName());
        return new NominationRequest(r.fullName(), r.iin(), r.birthDate(), r.citizenship(), r.address(), akim.email(),
                akim.language(), r.nominationType(), r.partyName(), r.documents(), r.signaturesSubmitted(),
                r.depositReceipt(), r.legalCapacityDeclared(), r.noCriminalRecordDeclared(),
                r.noCorruptionOffenceDeclared());
    }

    private void advanceTo(String number, OffsetDateTime moment) {
        at(moment);
        stories.runDueJobs(number);
    }

    private static void at(OffsetDateTime moment) {
        ClockUtil.setCurrentTime(Date.from(moment.toInstant()));
    }
}
