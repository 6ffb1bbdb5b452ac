package kz.election.results;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.election.ballot.Ballot;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import kz.election.candidate.NominationRepository;
import kz.election.commission.Registers;
import kz.election.commission.Territory;
import kz.election.commission.TerritoryLevel;
import kz.election.conduct.ElectionResults;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.election.ElectionSummary;
import kz.election.notification.MailLanguage;
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
 *
 * <p>An election's territory is named from the register in the reader's language ({@link ElectionPlace}).
 * The list reads the register's upper tiers once and the territories of all elections in one query,
 * never one query per election.
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
    private final Registers registers;

    ResultsReadModel(ElectionService elections, NominationRepository candidates, BallotService ballots,
                     ProtocolService protocols, RulesetCatalog rulesets, ElectionResults results, JdbcClient jdbc,
                     ObjectProvider<PublicComplaints> complaints, Registers registers) {
        this.registers = registers;
        this.results = results;
        this.jdbc = jdbc;
        this.elections = elections;
        this.candidates = candidates;
        this.ballots = ballots;
        this.protocols = protocols;
        this.rulesets = rulesets;
        this.complaints = complaints;
    }

    /** The register's oblasts and districts (its tiers 1 and 2), for the list's filter, named in {@code language}. */
    public TerritoryChoices territoryChoices(MailLanguage language) {
        List<String> upperLevels = Arrays.stream(TerritoryLevel.values()).filter(l -> l.tier() <= 2)
                .map(TerritoryLevel::name).toList();
        return new TerritoryChoices(jdbc.sql("SELECT code, parent_code, level, name_kk, name_ru FROM election.territory"
                        + " WHERE level IN (:levels)")
                .param("levels", upperLevels).query((rs, n) -> territory(rs)).list(), language);
    }

    /**
     * The elections {@code filter} admits, the latest election day first, each named in {@code language}
     * with the district and oblast it lies in (taken from {@code choices}, the register's upper tiers).
     */
    public List<ElectionListing> elections(TerritoryChoices choices, TerritoryFilter filter, MailLanguage language) {
        Map<String, Territory> territories = jdbc.sql("""
                        SELECT e.election_number, t.code, t.parent_code, t.level, t.name_kk, t.name_ru
                        FROM election.election e JOIN election.territory t ON t.code = e.territory_code""")
                .query((rs, n) -> Map.entry(rs.getString("election_number"), territory(rs)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return elections.list().stream()
                .map(e -> listing(e, ElectionPlace.of(e.territory(), territories.containsKey(e.number())
                        ? choices.chain(territories.get(e.number())) : List.of(), language)))
                .filter(listing -> filter.admits(listing.place()))
                .toList();
    }

    /** @throws kz.election.common.NotFoundException when no election has this number */
    public ResultsView election(String electionNumber, MailLanguage language) {
        Election election = elections.byNumber(electionNumber);
        String territoryCode = jdbc.sql("SELECT territory_code FROM election.election WHERE election_number = ?")
                .param(electionNumber).query(String.class).optional().orElse(null);
        ElectionPlace place = ElectionPlace.of(election.territory(),
                territoryCode == null ? List.of() : registers.territoryAndAncestors(territoryCode), language);
        ZoneId zone = election.zone();
        List<BallotEntry> ballot = ballots.ballot(electionNumber);
        Ballot tallyBallot = ballot.isEmpty() ? null : ballots.forTally(electionNumber);
        List<CandidateLine> registered = ballot.isEmpty()
                ? candidates.registeredInOrder(electionNumber).stream()
                .map(c -> new CandidateLine(c.registrationOrder(), c.registrationNumber(), c.fullName(), c.nominatedBy()))
                .toList()
                : List.of();
        PublicComplaints register = complaints.getIfAvailable();
        return ResultsAssembly.assemble(election, place, ballot, registered, tallyBallot,
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

    private static ElectionListing listing(ElectionSummary e, ElectionPlace place) {
        return new ElectionListing(e.number(), place, e.level(), e.post(), e.reason(), e.electionDay(), e.status(),
                e.precincts());
    }

    private static Territory territory(ResultSet rs) throws SQLException {
        return new Territory(rs.getString("code"), rs.getString("parent_code"),
                TerritoryLevel.valueOf(rs.getString("level")), rs.getString("name_kk"), rs.getString("name_ru"));
    }

    private OutcomeRules tallyRules(Election election) {
        return OutcomeRules.of(rulesets.byId(election.rulesetId()).tally());
    }
}
