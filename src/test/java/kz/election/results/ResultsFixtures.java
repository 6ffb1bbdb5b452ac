package kz.election.results;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.ballot.BallotEntry;
import kz.election.ballot.BallotService;
import kz.election.commission.DemoRegister;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.precinct.ProtocolService;
import kz.election.precinct.ProtocolSubmission;
import kz.election.precinct.StoredProtocol;
import kz.election.protocol.ProtocolFigures;
import kz.election.ruleset.Level;

/**
 * Elections for the results tests, made the way the application makes them: announced through
 * ElectionService, a ballot fixed through BallotService, protocols submitted and accepted through
 * ProtocolService. Each call is a fresh election in its own territory (the test database is shared).
 */
public final class ResultsFixtures {

    public static final String FIRST = "C-1";
    public static final String SECOND = "C-2";

    private final ElectionService elections;
    private final BallotService ballots;
    private final ProtocolService protocols;

    public ResultsFixtures(ElectionService elections, BallotService ballots, ProtocolService protocols) {
        this.elections = elections;
        this.ballots = ballots;
        this.protocols = protocols;
    }

    /** A rural election of {@code precincts} precincts with {@code 400 + 10 * n} voters each; no ballot yet. */
    public String announce(String territory, int precincts) {
        return elections.announce(request(territory, precincts), "demo-tec").number();
    }

    /** The call of {@link #announce}, for callers that start the election process too (ElectionCalls). */
    public static AnnouncementRequest request(String territory, int precincts) {
        StringBuilder csv = new StringBuilder("number;address;voters\n");
        for (int n = 1; n <= precincts; n++) {
            csv.append(n).append(";School No. ").append(n).append(", Abai street ").append(n).append(';')
                    .append(voters(n)).append('\n');
        }
        return new AnnouncementRequest(DemoRegister.RURAL_DISTRICT,
                Level.RURAL, "Akim of " + territory + " (" + territory + " " + UUID.randomUUID().toString().substring(0, 8) + ")", ElectionReason.REGULAR, LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-09-13"), LocalDate.parse("2026-10-01"), null, null, csv.toString());
    }

    /** The ballot of the tests: two candidates, a party nominee and a self-nominee. */
    public void fixBallot(String electionNumber) {
        ballots.fix(electionNumber, List.of(new BallotEntry(FIRST, "Aigerim Sadykova", "Amanat party"),
                new BallotEntry(SECOND, "Nurlan Bekov", "self-nominated")));
    }

    public static int voters(int precinct) {
        return 400 + 10 * precinct;
    }

    /**
     * Figures of precinct {@code n} that pass every control check: all voters receive a ballot, 80 %
     * take one (a tenth of them at home), and the ballots found split between the candidates by n.
     */
    public static ProtocolFigures figures(int n) {
        long voters = voters(n);
        long issued = voters * 8 / 10;
        long home = issued / 10;
        long found = issued - n % 3;
        long invalid = n % 5;
        long againstAll = 10 + n % 7;
        long first = (found - invalid - againstAll) * (50 + n % 11) / 100;
        long second = found - invalid - againstAll - first;
        Map<String, Long> votes = new LinkedHashMap<>();
        votes.put(FIRST, first);
        votes.put(SECOND, second);
        return new ProtocolFigures(voters, voters, issued - home, home, voters - issued, found, invalid, votes,
                againstAll);
    }

    /** Precinct {@code n} submits {@link #figures(int)} and the territorial commission accepts them. */
    public StoredProtocol count(String electionNumber, int n) {
        return count(electionNumber, n, 1, figures(n));
    }

    public StoredProtocol count(String electionNumber, int n, int version, ProtocolFigures figures) {
        StoredProtocol submitted = protocols.submit(new ProtocolSubmission(electionNumber, n, version, figures,
                "pec-member-" + n, UUID.randomUUID().toString()));
        return protocols.accept(submitted.id(), "demo-tec", null);
    }

    /** A protocol that waits for acceptance: submitted, checked, not yet accepted. */
    public StoredProtocol submitOnly(String electionNumber, int n) {
        return protocols.submit(new ProtocolSubmission(electionNumber, n, 1, figures(n), "pec-member-" + n,
                UUID.randomUUID().toString()));
    }
}
