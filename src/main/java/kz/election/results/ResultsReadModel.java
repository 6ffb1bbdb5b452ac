package kz.election.results;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.election.ballot.Ballot;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import kz.election.candidate.NominationRepository;
import kz.election.conduct.ElectionResults;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.precinct.ProtocolService;
import kz.election.ruleset.RulesetCatalog;
import kz.election.tally.OutcomeRules;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public results of an election, read in one read-only transaction. On election night thousands
 * of protocols arrive while the page is read, so the read costs a fixed handful of SQL statements
 * whatever the number of precincts (the election with its precincts and calendar, the ballot, the
 * accepted protocols with their votes, the result versions, the excluded precincts, the complaints):
 * nothing is read per precinct. What the public sees of an established or published result is
 * decided in {@link ResultsAssembly} (see {@link ResultStatus}).
 */
@Service
@Transactional(readOnly = true)
public class ResultsReadModel {

    private final ElectionService elections;
    private final NominationRepository candidates;
    private final BallotService ballots;
    private final ProtocolService protocols;
    private final RulesetCatalog rulesets;
    private final ElectionResults results;
    private final JdbcClient jdbc;
    private final ObjectProvider<PublicComplaints> complaints;

    ResultsReadModel(ElectionService elections, NominationRepository candidates, BallotService ballots,
                     ProtocolService protocols, RulesetCatalog rulesets, ElectionResults results, JdbcClient jdbc,
                     ObjectProvider<PublicComplaints> complaints) {
        this.results = results;
        this.jdbc = jdbc;
        this.elections = elections;
        this.candidates = candidates;
        this.ballots = ballots;
        this.protocols = protocols;
        this.rulesets = rulesets;
        this.complaints = complaints;
    }

    /** Every election, the latest election day first. */
    public List<ElectionListing> elections() {
        return elections.list().stream()
                .map(e -> new ElectionListing(e.number(), e.territory(), e.level(), e.post(), e.reason(),
                        e.electionDay(), e.status(), e.precincts()))
                .toList();
    }

    /** @throws kz.election.common.NotFoundException when no election has this number */
    public ResultsView election(String electionNumber) {
        Election election = elections.byNumber(electionNumber);
        ZoneOffset zone = rulesets.byId(election.rulesetId()).zone();
        List<BallotEntry> ballot = ballots.ballot(electionNumber);
        Ballot tallyBallot = ballot.isEmpty() ? null : ballots.forTally(electionNumber);
        List<CandidateLine> registered = ballot.isEmpty()
                ? candidates.registeredInOrder(electionNumber).stream()
                .map(c -> new CandidateLine(c.registrationOrder(), c.registrationNumber(), c.fullName(), c.nominatedBy()))
                .toList()
                : List.of();
        PublicComplaints register = complaints.getIfAvailable();
        return ResultsAssembly.assemble(election, ballot, registered, tallyBallot,
                ballot.isEmpty() ? List.of() : protocols.acceptedProtocols(electionNumber),
                new ResultRecord(results.history(electionNumber), exclusions(electionNumber), zone),
                tallyRules(election), OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone),
                register == null ? null : register.ofElection(electionNumber));
    }

    /**
     * The annulled precincts with the complaint behind each (V6 precinct_exclusion, written by
     * ElectionResults#excludePrecinct), read here because ElectionResults gives only their numbers.
     */
    private List<ResultRecord.Exclusion> exclusions(String electionNumber) {
        return jdbc.sql("""
                        SELECT x.precinct_number, x.complaint_number FROM election.precinct_exclusion x
                        JOIN election.election e ON e.id = x.election_id
                        WHERE e.election_number = ? ORDER BY x.precinct_number""")
                .param(electionNumber)
                .query((rs, n) -> new ResultRecord.Exclusion(rs.getInt(1), rs.getString(2))).list();
    }

    private OutcomeRules tallyRules(Election election) {
        return OutcomeRules.of(rulesets.byId(election.rulesetId()).tally());
    }
}
