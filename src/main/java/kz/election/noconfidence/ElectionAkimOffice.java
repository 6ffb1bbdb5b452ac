package kz.election.noconfidence;

import java.time.LocalDate;
import java.util.Optional;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionService;
import org.springframework.stereotype.Component;

/**
 * {@link AkimOffice} over what the election part offers on this branch. Certification of the elected
 * akim ({@code AkimTerms}, V6 {@code akim_term}) and the process start of {@code ElectionCalls} belong
 * to election.bpmn, which is not merged yet: until then no election has a certified akim, so every
 * motion is refused at filing ("no sitting akim"), and an election is called by storing it
 * ({@link ElectionService#announce}), as POST /api/elections does today. Replace the two marked
 * methods with AkimTerms and the call with ElectionCalls.call when election.bpmn lands.
 */
@Component
class ElectionAkimOffice implements AkimOffice {

    private final ElectionService elections;

    ElectionAkimOffice(ElectionService elections) {
        this.elections = elections;
    }

    /** AkimTerms#sitting: no election on this branch certifies an akim yet. */
    @Override
    public Optional<SittingAkim> sitting(String electionNumber) {
        return Optional.empty();
    }

    /** AkimTerms#end: unreachable while {@link #sitting} finds nobody (a case needs a sitting akim). */
    @Override
    public void endTerm(String electionNumber, TermEndReason reason, LocalDate endedOn, String reference, String by) {
        throw new IllegalStateException("election " + electionNumber + " has no certified akim whose term could end");
    }

    @Override
    public String callElection(AnnouncementRequest request, String calledBy) {
        return elections.announce(request, calledBy).number();
    }
}
