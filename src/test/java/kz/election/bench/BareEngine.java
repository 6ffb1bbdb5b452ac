package kz.election.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The yardstick: the bare Camunda engine in the same application, on the same database, over the same
 * REST door (/engine-rest, HTTP Basic, authorization checks on). A process of one user task, deployed
 * by the benchmark, started and its task completed as many times as the night had protocols, by the
 * same number of clients, as a territorial-commission user. Removed again afterwards.
 *
 * <p>One unit is three calls (start, find the task, complete), where a protocol is two (submit,
 * accept) whose own task look-up happens inside the application.
 */
final class BareEngine {

    static final String PROCESS_ID = "benchBareTask";

    record Outcome(int units, double seconds, Histogram latency) {
        double perSecond() {
            return units / seconds;
        }
    }

    private final Api api;
    private final String password;
    private final int clients;

    BareEngine(Api api, String password, int clients) {
        this.api = api;
        this.password = password;
        this.clients = clients;
    }

    Outcome run(int units) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_ID)
                .name("Benchmark: one user task")
                .camundaHistoryTimeToLive(1)
                .startEvent("started").name("Started")
                .userTask("work").name("Do the work").camundaCandidateGroups("tec-staff")
                .endEvent("done").name("Done")
                .done();
        String deploymentId = Seeder.expect(200, api.postMultipart(AppNode.ADMIN, password,
                "/engine-rest/deployment/create", Map.of("deployment-name", "bench-bare-engine",
                        "deployment-source", "bench"), PROCESS_ID + ".bpmn",
                Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8)), "deploy").json().get("id").asText();
        String authorizationId = Seeder.expect(200, api.post(AppNode.ADMIN, password, "/engine-rest/authorization/create",
                Map.of("type", 1, "permissions", List.of("READ", "CREATE_INSTANCE"), "groupId", "tec-staff",
                        "resourceType", 6, "resourceId", PROCESS_ID)), "grant").json().get("id").asText();
        try {
            return measure(units);
        } finally {
            api.delete(AppNode.ADMIN, password, "/engine-rest/deployment/" + deploymentId + "?cascade=true");
            api.delete(AppNode.ADMIN, password, "/engine-rest/authorization/" + authorizationId);
        }
    }

    private Outcome measure(int units) {
        Histogram latency = new ConcurrentHistogram(60_000_000L, 3);
        AtomicInteger left = new AtomicInteger(units);
        AtomicLong first = new AtomicLong(Long.MAX_VALUE);
        AtomicLong last = new AtomicLong(Long.MIN_VALUE);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        long t0 = System.nanoTime();
                        first.accumulateAndGet(t0, Math::min);
                        String instance = Seeder.expect(200, api.post(AppNode.TEC, password,
                                "/engine-rest/process-definition/key/" + PROCESS_ID + "/start", Map.of()), "start")
                                .json().get("id").asText();
                        String task = Seeder.expect(200, api.get(AppNode.TEC, password,
                                "/engine-rest/task?processInstanceId=" + instance), "task").json().get(0).get("id").asText();
                        Seeder.expect(204, api.post(AppNode.TEC, password, "/engine-rest/task/" + task + "/complete",
                                Map.of()), "complete");
                        long t1 = System.nanoTime();
                        latency.recordValue(Math.max(1, (t1 - t0) / 1000));
                        last.accumulateAndGet(t1, Math::max);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("bare engine run failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(units, (last.get() - first.get()) / 1e9, latency);
    }
}
