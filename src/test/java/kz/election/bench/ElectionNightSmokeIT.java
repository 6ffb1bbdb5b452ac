package kz.election.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The election-night benchmark in small (10 elections, 100 protocols, two nodes), so its code cannot
 * rot: the same code path as {@code mvn -Pbench verify}, the built jar started as real nodes on a
 * PostgreSQL of its own. It asserts correctness only, never speed: every precinct's count ended with
 * exactly one accepted protocol, every election's totals equal the sum of the protocols sent, every
 * election (driven through election.bpmn from its announcement) has one established result whose
 * tabulation equals that sum and waits for its publication, every election was called by the TEC of the
 * seeded country that holds its rural district and its process instance is in that TEC's tenant (the
 * 10 elections spread over at least 2 oblasts and 2 TECs), no job ran twice, the CPU each side spent is
 * measured (more than nothing, less than every core for the whole run), and the report and plot are written.
 */
class ElectionNightSmokeIT {

    @Test
    void aSmallElectionNightOnOneNodeAndOnTwoLosesAndDoublesNothing() throws Exception {
        Path results = Path.of("target", "bench-smoke");
        ElectionNight.Settings settings = new ElectionNight.Settings("smoke", 10, 100, 4, 2, 7L, List.of("-Xmx384m"),
                List.of(), ElectionNight.Settings.findJar(), results, Path.of("target", "bench"), true, 3, 1, true);

        long started = System.nanoTime();
        ElectionNight.Result result = ElectionNight.run(settings);
        double mostCpuAnySideCouldSpend = (System.nanoTime() - started) / 1e9 * Runtime.getRuntime().availableProcessors();

        assertThat(result.phases()).extracting(ElectionNight.Phase::name).containsExactly("oneNode", "twoNodes");
        for (ElectionNight.Phase phase : result.phases()) {
            Checks.Verdict checks = phase.checks();
            assertThat(checks.problems()).as(phase.name()).isEmpty();
            assertThat(checks.countsEnded()).isEqualTo(100);
            assertThat(checks.lost()).isZero();
            assertThat(checks.doubled()).isZero();
            assertThat(checks.jobsRunTwice()).isZero();
            assertThat(checks.electionsMatchingTotals()).isEqualTo(10);
            assertThat(checks.resultsEstablished()).isEqualTo(10);
            assertThat(checks.resultsMatchingTotals()).isEqualTo(10);
            assertThat(checks.awaitingPublication()).isEqualTo(10);
            // scoped to commissions: each election organized by a TEC of the seeded country, in its tenant
            assertThat(checks.tenantsMatchingOrganizer()).isEqualTo(10);
            assertThat(phase.plan().elections).extracting(e -> e.territory).as("rural districts, none in the sample's oblast")
                    .doesNotHaveDuplicates().allMatch(code -> code.matches("\\d{9}") && !code.startsWith("11"));
            assertThat(phase.plan().elections.stream().map(e -> e.tec.oblastCode()).distinct().count())
                    .as("oblasts of the 10 elections").isGreaterThanOrEqualTo(2);
            assertThat(phase.plan().elections.stream().map(e -> e.tec.commissionCode()).distinct().count())
                    .as("TECs of the 10 elections").isGreaterThanOrEqualTo(2);
            assertThat(phase.night().results.sum()).isEqualTo(10);
            assertThat(phase.night().accepted.sum()).isEqualTo(100);
            assertThat(phase.night().submit.getTotalCount()).isEqualTo(100);
            // where the night's work went: the database's statements and each side's CPU were measured
            Map<String, Object> statements = (Map<String, Object>) phase.figures().get("statements");
            assertThat((double) statements.get("callsPerProtocol")).as(phase.name()).isPositive();
            assertThat((List<?>) statements.get("mostFrequent")).as(phase.name()).isNotEmpty();
            assertThat((Map<String, Double>) phase.figures().get("cpuSecondsDuringNight")).as(phase.name())
                    .containsKeys("node-1", "postgres", "benchmark")
                    .allSatisfy((side, seconds) -> assertThat(seconds).as(side).isPositive()
                            .isLessThan(mostCpuAnySideCouldSpend));
        }
        Map<String, Object> report = result.report();
        assertThat(report).containsKeys("oneNode", "twoNodes", "bareEngine", "pgbench", "memory", "ratios", "targets");
        assertThat((Map<String, Object>) report.get("ratios")).containsKeys("protocolRateOverBareEngineRate",
                "twoNodesOverOneNode");
        assertThat(Files.size(result.json())).isPositive();
        assertThat(Files.size(result.png())).isPositive();
    }
}
