package kz.election.noconfidence;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionService;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Stands in for the election process's AkimTerms until election.bpmn is merged: the tests certify an
 * akim for a real, stored election, and read back how the term ended. Calling the early election is
 * the real announcement (stored in PostgreSQL). Remove when AkimTerms lands; the stories then certify
 * through the election process itself.
 */
@Primary
@Component
public class CertifiedAkims implements AkimOffice {

    /** How a term ended, as AkimTerms#end would record it on the election's result. */
    public record TermEnd(TermEndReason reason, LocalDate endedOn, String reference, String by) {
    }

    private final ElectionService elections;
    private final Map<String, SittingAkim> sitting = new ConcurrentHashMap<>();
    private final Map<String, TermEnd> ended = new ConcurrentHashMap<>();

    CertifiedAkims(ElectionService elections) {
        this.elections = elections;
    }

    public void certify(SittingAkim akim) {
        sitting.put(akim.electionNumber(), akim);
    }

    public Optional<TermEnd> termEnd(String electionNumber) {
        return Optional.ofNullable(ended.get(electionNumber));
    }

    @Override
    public Optional<SittingAkim> sitting(String electionNumber) {
        return ended.containsKey(electionNumber) ? Optional.empty() : Optional.ofNullable(sitting.get(electionNumber));
    }

    @Override
    public void endTerm(String electionNumber, TermEndReason reason, LocalDate endedOn, String reference, String by) {
        if (sitting(electionNumber).isEmpty()) {
            throw new IllegalStateException("no sitting akim of " + electionNumber);
        }
        ended.put(electionNumber, new TermEnd(reason, endedOn, reference, by));
    }

    @Override
    public String callElection(AnnouncementRequest request, String calledBy) {
        return elections.announce(request, calledBy).number();
    }
}
