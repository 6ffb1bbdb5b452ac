package kz.election.noconfidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as stored: a motion of no confidence, or a resignation, a dismissal outside a motion or a death,
 * and what became of it, with the acting akim appointed meanwhile once recorded.
 */
public record Motion(
        String motionNumber,
        CaseKind kind,
        String electionNumber,
        String akimName,
        String akimEmail,
        String akimLanguage,
        String maslikhatName,
        Integer deputiesTotal,
        List<Initiator> initiators,
        MotionGround ground,
        String groundsText,
        List<LocalDate> reportsRejectedOn,
        String rulesetId,
        LocalDate filedOn,
        String filedBy,
        MotionStatus status,
        List<MotionRules.Finding> admissibility,
        String inadmissibleReason,
        LocalDate voteOn,
        Integer votesFor,
        Integer votesAgainst,
        Integer votesAbstained,
        Integer voteDeputiesTotal,
        Instant decisionDueAt,
        String decision,
        String decidedByAuthority,
        String decisionReference,
        LocalDate decidedOn,
        LocalDate termEndedOn,
        String termEndReference,
        LocalDate proposedElectionDay,
        Instant earlyCallDueAt,
        String earlyElectionNumber,
        String actingAkimName,
        LocalDate actingAkimFrom) {

    public Motion {
        initiators = initiators == null ? List.of() : List.copyOf(initiators);
        reportsRejectedOn = reportsRejectedOn == null ? List.of() : List.copyOf(reportsRejectedOn);
        admissibility = admissibility == null ? List.of() : List.copyOf(admissibility);
    }

    public long signedInitiators() {
        return initiators.stream().filter(i -> i.signedOn() != null).count();
    }
}
