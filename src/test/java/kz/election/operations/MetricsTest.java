package kz.election.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.icegreen.greenmail.util.GreenMail;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.election.ElectionTest;
import kz.election.model.PrecinctCountModel;
import kz.election.TestSmtp;
import kz.election.ballot.BallotService;
import kz.election.complaint.ComplaintReview;
import kz.election.complaint.ComplaintService;
import kz.election.conduct.ElectionCalls;
import kz.election.conduct.ElectionResults;
import kz.election.election.ElectionService;
import kz.election.precinct.CountFixtures;
import kz.election.precinct.ProtocolService;
import kz.election.precinct.ProtocolSubmission;
import kz.election.protocol.ProtocolFigures;
import kz.election.reliability.Api;
import kz.election.results.PublishedStory;
import kz.election.results.ResultsFixtures;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An election night in small, then the Prometheus scrape: every number README tells operators to watch
 * moved, read over HTTP as the monitoring reads it. The job executor's acquisitions move only where it
 * runs: platform.DatabaseOutageIT.
 */
@ElectionTest
class MetricsTest {

    static final GreenMail smtp = TestSmtp.server();

    @LocalServerPort
    int port;
    @Autowired
    CountFixtures count;
    @Autowired
    ElectionService elections;
    @Autowired
    BallotService ballots;
    @Autowired
    ProtocolService protocols;
    @Autowired
    ElectionCalls calls;
    @Autowired
    ElectionResults results;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintReview review;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Test
    void aStoryMovesEveryNumberOfTheElectionNight() throws Exception {
        Map<String, Double> before = scrape();

        // turnout: the 10:00 report in time, the 12:00 one after the polls closed
        CountFixtures.Count election = count.electionWithBallotAndMembers("Metrics district");
        String instance = count.startCount(election.electionNumber(), 1).getId();
        ClockUtil.setCurrentTime(Date.from(CountFixtures.POLLS_OPEN.withHour(10).plusMinutes(5).toInstant()));
        count.executeDueJobs(instance);
        Api api = new Api(port);
        assertThat(api.post(election.memberOfPrecinct1(), "/api/precincts/" + election.electionNumber() + "/1/turnout",
                Map.of("hour", "10:00", "ballotsIssued", 120)).ok()).isTrue();
        ClockUtil.setCurrentTime(Date.from(CountFixtures.POLLS_CLOSE.plusMinutes(1).toInstant()));
        count.executeDueJobs(instance);
        assertThat(api.post(election.memberOfPrecinct1(), "/api/precincts/" + election.electionNumber() + "/1/turnout",
                Map.of("hour", "12:00", "ballotsIssued", 300)).ok()).isTrue();
        // the protocol's deadline nears: the escalation mail to the commission waits in its own job
        ClockUtil.setCurrentTime(Date.from(CountFixtures.POLLS_CLOSE.plusHours(10).plusMinutes(1).toInstant()));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
                .activityId(PrecinctCountModel.Elements.COUNT_NEARLY_DUE).singleResult().getId());
        Job mail = managementService.createJobQuery().processInstanceId(instance).activityId(PrecinctCountModel.Elements.MAIL_COUNT_ESCALATION)
                .singleResult();
        assertThat(mail).isNotNull();
        ClockUtil.reset();
        Map<String, Double> waiting = scrape();
        String backlog = "camunda_job_backlog{type=\"async-continuation\"}";
        assertThat(waiting.getOrDefault(backlog, 0.0)).as(backlog).isGreaterThan(before.getOrDefault(backlog, 0.0));

        // a protocol the control checks refuse: more ballots found than issued
        Map<String, Long> votes = new LinkedHashMap<>(Map.of("C-1", 300L, "C-2", 150L));
        protocols.submit(new ProtocolSubmission(election.electionNumber(), 2, 1, new ProtocolFigures(430L, 430L, 300L,
                20L, 110L, 900L, 5L, votes, 60L), election.memberOfPrecinct2(), UUID.randomUUID().toString()));

        // protocols submitted and accepted, a result established and published, complaints with their mails
        PublishedStory story = PublishedStory.run(new ResultsFixtures(elections, ballots, protocols), calls, results,
                complaints, review, runtimeService);
        smtp.stop();
        try {
            assertThat(catchThrowable(() -> managementService.executeJob(mail.getId()))).isNotNull();
            // retrying now; given up once its retries are spent (here: at once), an incident
            Map<String, Double> retrying = scrape();
            assertThat(retrying.get("election_mails{state=\"retrying\"}"))
                    .isGreaterThan(before.getOrDefault("election_mails{state=\"retrying\"}", 0.0));
            managementService.setJobRetries(mail.getId(), 0);
        } finally {
            smtp.start();
        }
        Map<String, Double> givenUp = scrape();
        managementService.setJobRetries(mail.getId(), 1);
        managementService.executeJob(mail.getId());
        Map<String, Double> after = scrape();

        for (String number : List.of("election_protocols{state=\"submitted\"}", "election_protocols{state=\"accepted\"}",
                "election_protocols{state=\"refused\"}", "election_protocols_refused{check=\"FOUND_NOT_MORE_THAN_ISSUED\"}",
                "election_turnout_reports{timing=\"on_time\"}", "election_turnout_reports{timing=\"late\"}",
                "election_mails{state=\"sent\"}", "election_results{state=\"established\"}",
                "election_results{state=\"published\"}")) {
            assertThat(after.getOrDefault(number, 0.0)).as(number).isGreaterThan(before.getOrDefault(number, 0.0));
        }
        for (String number : List.of("election_mails{state=\"failed\"}", "camunda_incidents_open{type=\"failedJob\"}")) {
            assertThat(givenUp.getOrDefault(number, 0.0)).as(number).isGreaterThan(before.getOrDefault(number, 0.0));
        }
        assertThat(sum(after, "camunda_jobs_executed_total{")).isGreaterThan(sum(before, "camunda_jobs_executed_total{"));
        assertThat(sum(after, "camunda_jobs_failed_total{")).isGreaterThan(sum(before, "camunda_jobs_failed_total{"));
        // the count's open tasks (the turnout reports not yet made, the protocol), under the organizing commission
        assertThat(waiting.entrySet()).anyMatch(sample -> sample.getKey().startsWith("camunda_tasks_open{commission=")
                && sample.getKey().contains("process=\"precinctCount\"") && sample.getValue() > 0);
    }

    private static double sum(Map<String, Double> scrape, String prefix) {
        return scrape.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToDouble(Map.Entry::getValue).sum();
    }

    /** The Prometheus text format, one sample a line: {@code name{labels} value}. */
    private Map<String, Double> scrape() throws Exception {
        Api.Answer answer = new Api(port).get("demo-admins", "/actuator/prometheus");
        assertThat(answer.status()).isEqualTo(200);
        Map<String, Double> samples = new HashMap<>();
        for (String line : answer.body().split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                int space = line.lastIndexOf(' ');
                samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            }
        }
        return samples;
    }
}
