package kz.election.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import kz.election.candidate.CandidacyChanges;
import kz.election.candidate.Nomination;
import kz.election.candidate.NominationRepository;
import kz.election.candidate.NominationStatus;
import kz.election.candidate.RefusalGround;
import kz.election.common.FieldViolation;
import kz.election.common.NotFoundException;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.election.PrecinctRow;
import kz.election.model.CandidateRegistrationModel;
import kz.election.model.ElectionModel;
import kz.election.platform.EngineUsers;
import kz.election.precinct.CountVariables;
import kz.election.precinct.ProtocolService;
import kz.election.precinct.ProtocolStatus;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a remedy reaches the processes it acts on: only through the messages of
 * docs/PROCESS-CONTRACTS.md, never by writing their data. Before a remedy is accepted its target is
 * checked against the election as it stands (the precinct exists and was counted, the nomination
 * belongs to the election and can take the step, a process is there to receive the message), so a
 * mistake is named on the form field instead of ending as an incident.
 */
@Service
@Transactional
public class Remedies {

    private static final Logger LOG = LoggerFactory.getLogger(Remedies.class);

    private final ElectionService elections;
    private final NominationRepository candidates;
    private final CandidacyChanges changes;
    private final ProtocolService protocols;
    private final RuntimeService runtimeService;
    private final EngineUsers engineUsers;

    public Remedies(ElectionService elections, NominationRepository candidates, CandidacyChanges changes,
                    ProtocolService protocols, RuntimeService runtimeService, EngineUsers engineUsers) {
        this.elections = elections;
        this.candidates = candidates;
        this.changes = changes;
        this.protocols = protocols;
        this.runtimeService = runtimeService;
        this.engineUsers = engineUsers;
    }

    /** Every reason the remedy cannot act on this election now, named by form field; empty when it can. */
    @Transactional(readOnly = true)
    public List<FieldViolation> problems(String electionNumber, Remedy remedy) {
        List<FieldViolation> shape = remedy.shapeProblems();
        if (!shape.isEmpty()) {
            return shape;
        }
        List<FieldViolation> v = new ArrayList<>();
        Election election = elections.byNumber(electionNumber);
        switch (remedy.kind()) {
            case RECOUNT -> precinct(election, remedy.precinctNumber(), v).ifPresent(n -> {
                boolean counted = protocols.history(electionNumber, n).stream()
                        .anyMatch(p -> p.status() == ProtocolStatus.ACCEPTED);
                if (!counted) {
                    v.add(new FieldViolation(Remedy.PRECINCT, "precinct " + n + " has no accepted protocol yet: "
                            + "there is nothing to recount until its count is accepted"));
                } else if (running(CountVariables.PROCESS_ID, CountVariables.businessKey(electionNumber, n)) > 0) {
                    v.add(new FieldViolation(Remedy.PRECINCT, "precinct " + n
                            + " is being counted or recounted right now; order the recount once it is accepted"));
                }
            });
            case ANNUL_PRECINCT -> precinct(election, remedy.precinctNumber(), v)
                    .ifPresent(n -> requireElectionProcess(electionNumber, Remedy.PRECINCT, v));
            case DEREGISTER -> nomination(electionNumber, remedy.nominationReference(), v).ifPresent(n -> {
                if (n.status() != NominationStatus.REGISTERED) {
                    v.add(new FieldViolation(Remedy.NOMINATION, n.referenceNumber() + " is " + n.status()
                            + ", not REGISTERED: only a registered candidate can be deregistered"));
                } else if (running(CandidateRegistrationModel.PROCESS, n.referenceNumber()) == 0) {
                    v.add(new FieldViolation(Remedy.NOMINATION, "the candidacy of " + n.referenceNumber()
                            + " has ended (the winner is registered): there is no registration left to cancel"));
                }
                List<RefusalGround> grounds = changes.deregistrationGrounds(n.referenceNumber());
                if (grounds.stream().noneMatch(g -> g.code().equals(remedy.groundCode()))) {
                    v.add(new FieldViolation(Remedy.GROUND, "'" + remedy.groundCode()
                            + "' is not a deregistration ground of this election's rules; choose one of "
                            + grounds.stream().map(RefusalGround::code).collect(Collectors.joining(", "))));
                }
            });
            case REINSTATE -> nomination(electionNumber, remedy.nominationReference(), v).ifPresent(n -> {
                if (n.status() != NominationStatus.REFUSED && n.status() != NominationStatus.DEREGISTERED) {
                    v.add(new FieldViolation(Remedy.NOMINATION, n.referenceNumber() + " is " + n.status()
                            + ": only a refused or deregistered nominee can be reinstated"));
                } else if (running(CandidateRegistrationModel.PROCESS, n.referenceNumber()) > 0) {
                    v.add(new FieldViolation(Remedy.NOMINATION, "the registration of " + n.referenceNumber()
                            + " is still being processed; wait until it is decided"));
                } else {
                    changes.reinstatementBlocked(electionNumber)
                            .ifPresent(why -> v.add(new FieldViolation(Remedy.KIND, why)));
                }
            });
            case ANNUL_ELECTION -> requireElectionProcess(electionNumber, Remedy.KIND, v);
        }
        return v;
    }

    /**
     * Sends the remedy's message. Messages that must reach their process fail loudly (the step retries,
     * then raises an incident in Cockpit). The result is revised by the receivers themselves where the
     * figures change (an annulled precinct at once, a recount when its new protocol is accepted, an
     * annulled election ends); a change of a candidate's registration changes no process of the
     * election, so for those the revision is asked for here. It may find no result yet, which is fine
     * (docs/PROCESS-CONTRACTS.md). A message names the complaint and the remedy's target only: every
     * receiver reads who decided and why from the stored decision (RemedyOrders), so the message carries
     * nothing a receiver could take for it.
     */
    public void send(String electionNumber, String complaintNumber, Remedy remedy) {
        switch (remedy.kind()) {
            case RECOUNT -> runtimeService.createMessageCorrelation(CountVariables.RECOUNT_MESSAGE)
                    .processInstanceBusinessKey(CountVariables.businessKey(electionNumber, remedy.precinctNumber()))
                    .setVariable(CountVariables.ELECTION_NUMBER, electionNumber)
                    .setVariable(CountVariables.PRECINCT_NUMBER, remedy.precinctNumber())
                    .setVariable(ComplaintVariables.COMPLAINT_NUMBER, complaintNumber)
                    .correlateStartMessage();
            case ANNUL_PRECINCT -> runtimeService.createMessageCorrelation(ElectionModel.Messages.PRECINCT_ANNULLED)
                    .processInstanceBusinessKey(electionNumber)
                    .setVariable(CountVariables.PRECINCT_NUMBER, remedy.precinctNumber())
                    .setVariable(ComplaintVariables.COMPLAINT_NUMBER, complaintNumber)
                    .correlateWithResult();
            case DEREGISTER -> runtimeService.createMessageCorrelation(CandidateRegistrationModel.Messages.CANDIDATE_DEREGISTRATION)
                    .processInstanceBusinessKey(remedy.nominationReference())
                    .setVariable("deregistrationGround", remedy.groundCode())
                    .setVariable(ComplaintVariables.COMPLAINT_NUMBER, complaintNumber)
                    .correlateWithResult();
            case REINSTATE -> runtimeService.createMessageCorrelation(CandidateRegistrationModel.Messages.CANDIDATE_REINSTATEMENT)
                    .processInstanceBusinessKey(remedy.nominationReference())
                    .setVariable(ComplaintVariables.COMPLAINT_NUMBER, complaintNumber)
                    .correlateStartMessage();
            case ANNUL_ELECTION -> runtimeService.createMessageCorrelation(ElectionModel.Messages.ELECTION_ANNULLED)
                    .processInstanceBusinessKey(electionNumber)
                    .setVariable(ComplaintVariables.COMPLAINT_NUMBER, complaintNumber)
                    .correlateWithResult();
        }
        if (remedy.kind() != RemedyKind.DEREGISTER && remedy.kind() != RemedyKind.REINSTATE) {
            LOG.info("Complaint {}: {} sent for election {}", complaintNumber, remedy.describe(), electionNumber);
            return;
        }
        int revisions = runtimeService.createMessageCorrelation(ElectionModel.Messages.RESULT_REVISION_REQUESTED)
                .processInstanceBusinessKey(electionNumber)
                .setVariable("revisionCause", ComplaintVariables.revisionCause(complaintNumber))
                .correlateAllWithResult().size();
        LOG.info("Complaint {}: {} sent for election {}; result revision requested ({} receiver(s))",
                complaintNumber, remedy.describe(), electionNumber, revisions);
    }

    private java.util.Optional<Integer> precinct(Election election, Integer number, List<FieldViolation> v) {
        if (election.precincts().stream().anyMatch(p -> p.number() == number)) {
            return java.util.Optional.of(number);
        }
        v.add(new FieldViolation(Remedy.PRECINCT, "precinct " + number + " is not a precinct of election "
                + election.number() + "; its precincts are " + election.precincts().stream()
                .map(PrecinctRow::number).map(String::valueOf).collect(Collectors.joining(", "))));
        return java.util.Optional.empty();
    }

    private java.util.Optional<Nomination> nomination(String electionNumber, String reference, List<FieldViolation> v) {
        try {
            Nomination n = candidates.byReference(reference);
            if (!n.electionNumber().equals(electionNumber)) {
                v.add(new FieldViolation(Remedy.NOMINATION, reference + " is a nomination of election "
                        + n.electionNumber() + ", not of " + electionNumber));
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(n);
        } catch (NotFoundException e) {
            v.add(new FieldViolation(Remedy.NOMINATION, "no nomination " + reference + " was filed in election "
                    + electionNumber));
            return java.util.Optional.empty();
        }
    }

    private void requireElectionProcess(String electionNumber, String field, List<FieldViolation> v) {
        if (running(ElectionModel.PROCESS, electionNumber) == 0) {
            v.add(new FieldViolation(field, "election " + electionNumber
                    + " has no running election process to receive this remedy (it has ended or was never started)"));
        }
    }

    /** Counted without the caller's grants: a complaints officer may not read other processes, but must know. */
    private long running(String processKey, String businessKey) {
        AtomicLong count = new AtomicLong();
        engineUsers.withoutAuthorization(() -> count.set(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).count()));
        return count.get();
    }
}
