package kz.election.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import kz.election.ElectionTest;
import kz.election.common.NotFoundException;
import kz.election.election.ElectionService;
import kz.election.precinct.BallotService;
import kz.election.precinct.ProtocolService;
import kz.election.tally.Tabulation;
import kz.election.tally.Tally;
import kz.election.tally.TallyRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The read model on the real database: the tabulation's numbers, every precinct's row, and a fixed cost. */
@ElectionTest
class ResultsReadModelTest {

    @Autowired
    ResultsReadModel readModel;
    @Autowired
    ElectionService elections;
    @Autowired
    BallotService ballots;
    @Autowired
    ProtocolService protocols;

    private ResultsFixtures fixtures() {
        return new ResultsFixtures(elections, ballots, protocols);
    }

    @Test
    void showsTheTabulationOfTheAcceptedProtocolsWhileCounting() {
        ResultsFixtures fixtures = fixtures();
        String number = fixtures.announce("Counting district", 5);
        fixtures.fixBallot(number);
        fixtures.count(number, 1);
        fixtures.count(number, 2);
        fixtures.count(number, 4);
        fixtures.submitOnly(number, 3);

        ResultsView view = readModel.election(number);

        Tabulation tabulation = Tally.tabulate(ballots.forTally(number), protocols.acceptedProtocols(number), Set.of(),
                5, TallyRules.defaults());
        assertThat(view.preliminary()).isTrue();
        assertThat(view.progress()).isEqualTo(new Progress(3, 0, 5, tabulation.turnoutPercent()));
        assertThat(view.totals().ballotsFound()).isEqualTo(tabulation.totals().ballotsFound());
        assertThat(view.totals().againstAll()).isEqualTo(tabulation.againstAllVotes());
        assertThat(view.totals().invalidBallots()).isEqualTo(tabulation.totals().invalidBallots());
        assertThat(view.totals().candidates()).extracting(CandidateTotal::votes)
                .containsExactlyElementsOf(tabulation.candidates().stream().map(c -> c.votes()).toList());
        assertThat(view.precincts()).extracting(PrecinctLine::status).containsExactly(PrecinctStatus.COUNTED,
                PrecinctStatus.COUNTED, PrecinctStatus.AWAITING, PrecinctStatus.COUNTED, PrecinctStatus.AWAITING);
        assertThat(view.precincts().get(0).ballotsFound()).isEqualTo(ResultsFixtures.figures(1).ballotsFound());
        assertThat(view.precincts().get(2).ballotsFound()).as("submitted, not accepted").isNull();
        assertThat(view.candidates()).extracting(CandidateLine::name).containsExactly("Aigerim Sadykova", "Nurlan Bekov");
    }

    @Test
    void anAcceptedRecountReplacesThePrecinctsFirstCount() {
        ResultsFixtures fixtures = fixtures();
        String number = fixtures.announce("Recount district", 2);
        fixtures.fixBallot(number);
        fixtures.count(number, 1);
        protocols.openRecount(number, 1);
        fixtures.count(number, 1, 2, ResultsFixtures.figures(4));

        PrecinctLine row = readModel.election(number).precincts().get(0);

        assertThat(row.protocolVersion()).isEqualTo(2);
        assertThat(row.votes()).isEqualTo(ResultsFixtures.figures(4).candidateVotes());
    }

    @Test
    void beforeTheBallotIsFixedItListsThePrecinctsAndNoFigures() {
        String number = fixtures().announce("Early district", 3);

        ResultsView view = readModel.election(number);

        assertThat(view.ballotFixed()).isFalse();
        assertThat(view.totals()).isNull();
        assertThat(view.candidates()).isEmpty();
        assertThat(view.precincts()).extracting(PrecinctLine::registeredVoters).containsExactly(410, 420, 430);
        assertThat(view.calendar()).extracting(CalendarLine::key).contains("pollsOpen", "resultDeadline");
        assertThat(readModel.elections()).extracting(ElectionListing::number).contains(number);
    }

    @Test
    void anUnknownElectionIsNotFound() {
        assertThatThrownBy(() -> readModel.election("2026-RUR-9999")).isInstanceOf(NotFoundException.class);
    }

    /**
     * Election night: the page of an election with 40 counted precincts costs the same statements as
     * one with 2, so thousands of protocols never turn one page view into thousands of queries.
     */
    @Test
    void readingAPageCostsTheSameStatementsWhateverTheNumberOfPrecincts() {
        ResultsFixtures fixtures = fixtures();
        String small = fixtures.announce("Small district", 2);
        String large = fixtures.announce("Large district", 40);
        fixtures.fixBallot(small);
        fixtures.fixBallot(large);
        IntStream.rangeClosed(1, 2).forEach(n -> fixtures.count(small, n));
        IntStream.rangeClosed(1, 40).forEach(n -> fixtures.count(large, n));
        readModel.election(small); // warm-up: the first read may prepare statements

        long smallStatements = statementsOf(() -> readModel.election(small));
        long largeStatements = statementsOf(() -> readModel.election(large));

        assertThat(largeStatements).isEqualTo(smallStatements);
        assertThat(smallStatements).as("a handful, not one per precinct").isBetween(1L, 12L);
    }

    /** Counts the statements PgJDBC executes for this thread (its FINEST log has one line per execute). */
    private static long statementsOf(Runnable read) {
        Logger logger = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
        Level level = logger.getLevel();
        boolean parents = logger.getUseParentHandlers();
        long thread = Thread.currentThread().getId();
        List<String> executes = new ArrayList<>();
        Handler counter = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLongThreadID() == thread && record.getMessage() != null
                        && record.getMessage().contains("execute")) {
                    executes.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        counter.setLevel(Level.ALL);
        logger.addHandler(counter);
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.FINEST);
        try {
            read.run();
        } finally {
            logger.removeHandler(counter);
            logger.setLevel(level);
            logger.setUseParentHandlers(parents);
        }
        return executes.size();
    }
}
