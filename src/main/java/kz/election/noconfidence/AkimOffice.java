package kz.election.noconfidence;

import java.time.LocalDate;
import java.util.Optional;
import kz.election.election.AnnouncementRequest;

/**
 * What this part needs from the election process (docs/PROCESS-CONTRACTS.md): the sitting akim of an
 * election ({@code AkimTerms#sitting}), the end of their term ({@code AkimTerms#end}), and calling the
 * EARLY election ({@code ElectionCalls#call}). One seam, so the motion's rules and process are built
 * and tested on their own and the election process plugs in behind it.
 */
public interface AkimOffice {

    Optional<SittingAkim> sitting(String electionNumber);

    void endTerm(String electionNumber, TermEndReason reason, LocalDate endedOn, String reference, String by);

    /** Stores the election and starts its process; returns the new election number. */
    String callElection(AnnouncementRequest request, String calledBy);
}
