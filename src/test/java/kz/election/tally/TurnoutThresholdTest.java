package kz.election.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.election.ballot.Ballot;
import kz.election.ballot.BallotCandidate;
import kz.election.protocol.ProtocolFigures;
import kz.election.ruleset.Ruleset;
import kz.election.ruleset.RulesetCatalog;
import kz.election.ruleset.RulesetSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ruleset's turnout threshold ({@code tally.minTurnoutShare}, docs/RULES.md, Ballot and count) where the
 * result is established: the shipped rulesets have none (0), so a test ruleset sets one; below it the election
 * is not valid (NO_VALID_RESULT, which the election answers with a REPEAT election), whoever leads.
 */
class TurnoutThresholdTest {

    private static final Ballot BALLOT = new Ballot(List.of(
            new BallotCandidate("11", "Aibek Nurlanov", 1, false), new BallotCandidate("7", "Dana Seitova", 2, false)));

    @ParameterizedTest(name = "threshold {0}, {2} of {1} voters found: {3}")
    @CsvSource(textBlock = """
        0,   1000, 100, ELECTED
        0.5, 1000, 499, NO_VALID_RESULT
        0.5, 1000, 500, ELECTED
        0.5, 1000, 900, ELECTED
        """)
    void anElectionBelowTheRulesetsTurnoutThresholdIsNotValid(String threshold, long voters, long found,
                                                             Outcome.Kind expected) {
        Ruleset rules = shippedWithThreshold(threshold);

        Tabulation tabulation = Tally.tabulate(BALLOT, List.of(protocol(voters, found)), Set.of(), 1,
                OutcomeRules.of(rules.tally()));

        assertThat(tabulation.outcome().kind()).isEqualTo(expected);
        if (expected == Outcome.Kind.NO_VALID_RESULT) {
            assertThat(((Outcome.NoValidResult) tabulation.outcome()).reason())
                    .isEqualTo("the turnout of 49.90 % is below the 50 % the election's rules require");
        }
    }

    /** The leader has two thirds of the ballots found, the other a third; no invalid ballot, none against all. */
    private static AcceptedProtocol protocol(long voters, long found) {
        long first = found - found / 3;
        ProtocolFigures figures = new ProtocolFigures(voters, voters, found, 0L, voters - found, found, 0L,
                Map.of("11", first, "7", found - first), 0L);
        return new AcceptedProtocol("1", 1, figures);
    }

    private static Ruleset shippedWithThreshold(String threshold) {
        String text = shipped().replaceFirst("minTurnoutShare: \\{value: 0,", "minTurnoutShare: {value: " + threshold + ",");
        List<RulesetSource> sources = new ArrayList<>(List.of(new RulesetSource("rules/kz-2026-12-08.yaml", text)));
        return new RulesetCatalog(sources).byId("kz-2026-12-08");
    }

    private static String shipped() {
        try (InputStream in = Objects.requireNonNull(
                TurnoutThresholdTest.class.getClassLoader().getResourceAsStream("rules/kz-2026-12-08.yaml"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
