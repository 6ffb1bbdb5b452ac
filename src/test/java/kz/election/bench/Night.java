package kz.election.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Election night: C clients post every precinct's protocol (as the precinct's member) and the
 * organizing territorial commission accepts it (as that TEC's own tec-staff member), all over the application's REST API. Client i
 * talks to node i mod n. A lost answer is retried with the same Idempotency-Key, so a retry never
 * stores a second protocol. The client that accepts an election's last protocol then establishes its
 * result, as the commission does: election.bpmn has tabulated it and opened "Establish the result".
 */
final class Night {

    /** What one night measured. Times are wall-clock nanoseconds of the benchmark's JVM. */
    static final class Outcome {
        final Histogram submit = new ConcurrentHistogram(60_000_000L, 3);
        final Histogram accept = new ConcurrentHistogram(60_000_000L, 3);
        /** The commission establishing an election's result: finding its task, claiming and completing it. */
        final Histogram establish = new ConcurrentHistogram(60_000_000L, 3);
        final LongAdder results = new LongAdder();
        final AtomicIntegerArray acceptedPerSecond = new AtomicIntegerArray(7200);
        final LongAdder accepted = new LongAdder();
        final LongAdder retries = new LongAdder();
        final Map<String, LongAdder> unexpected = new ConcurrentHashMap<>();
        final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
        final AtomicLong last = new AtomicLong(Long.MIN_VALUE);
        volatile long start;

        /** From the first protocol posted to the last result established. */
        double seconds() {
            return (last.get() - first.get()) / 1e9;
        }

        double protocolsPerSecond() {
            return accepted.sum() / seconds();
        }

        List<Integer> perSecond() {
            int seconds = (int) Math.min(acceptedPerSecond.length(), Math.ceil((last.get() - start) / 1e9));
            List<Integer> series = new ArrayList<>();
            for (int i = 0; i < seconds; i++) {
                series.add(acceptedPerSecond.get(i));
            }
            return series;
        }
    }

    private static final int ATTEMPTS = 50;

    private final List<Api> nodes;
    private final String password;
    private final int clients;

    Night(List<Api> nodes, String password, int clients) {
        this.nodes = nodes;
        this.password = password;
        this.clients = clients;
    }

    Outcome run(NightPlan plan, long seed) {
        List<NightPlan.Precinct> order = new ArrayList<>(plan.precincts());
        // protocols arrive in no particular order: every election's precincts interleave
        Collections.shuffle(order, new Random(seed));
        ConcurrentLinkedQueue<NightPlan.Precinct> queue = new ConcurrentLinkedQueue<>(order);
        Map<NightPlan.ElectionPlan, AtomicInteger> remaining = new ConcurrentHashMap<>();
        plan.elections.forEach(e -> remaining.put(e, new AtomicInteger(e.precincts.size())));
        Outcome outcome = new Outcome();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        outcome.start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Api api = nodes.get(i % nodes.size());
                running.add(pool.submit(() -> {
                    NightPlan.Precinct precinct;
                    while ((precinct = queue.poll()) != null) {
                        count(api, plan, precinct, outcome);
                        if (remaining.get(precinct.election).decrementAndGet() == 0) {
                            establish(api, precinct.election, outcome);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("election night failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return outcome;
    }

    private void count(Api api, NightPlan plan, NightPlan.Precinct precinct, Outcome outcome) {
        String key = "bench-" + plan.run + "-" + precinct.election.number + "-" + precinct.number;
        for (int attempt = 1; ; attempt++) {
            long t0 = System.nanoTime();
            outcome.first.accumulateAndGet(t0, Math::min);
            Api.Answer answer = call(() -> api.post(precinct.election.pecUser, password, precinct.path() + "/protocol",
                    precinct.json(), Map.of("Idempotency-Key", key)));
            long t1 = System.nanoTime();
            if (answer != null && answer.status() == 201) {
                outcome.submit.recordValue(Math.max(1, (t1 - t0) / 1000));
                break;
            }
            if (answer != null && answer.status() == 409 && answer.body().contains("waits for")) {
                break; // an earlier attempt got through and its answer was lost
            }
            retry(outcome, precinct, "submit", answer, attempt);
        }
        for (int attempt = 1; ; attempt++) {
            long t0 = System.nanoTime();
            Api.Answer answer = call(() -> api.post(precinct.election.tec.user(), password, precinct.path() + "/protocol/acceptance", ""));
            long t1 = System.nanoTime();
            if (answer != null && answer.status() == 200) {
                outcome.accept.recordValue(Math.max(1, (t1 - t0) / 1000));
                outcome.accepted.increment();
                int second = (int) ((t1 - outcome.start) / 1_000_000_000L);
                if (second < outcome.acceptedPerSecond.length()) {
                    outcome.acceptedPerSecond.incrementAndGet(second);
                }
                return;
            }
            if (answer != null && answer.status() == 409 && attempt > 1 && alreadyAccepted(api, precinct)) {
                outcome.accepted.increment();
                return; // an earlier attempt got through and its answer was lost
            }
            retry(outcome, precinct, "accept", answer, attempt);
        }
    }

    /** The TEC establishes the tabulated result (the task of election.bpmn); the night ends with the last one. */
    private void establish(Api api, NightPlan.ElectionPlan election, Outcome outcome) {
        String user = election.tec.user();
        long t0 = System.nanoTime();
        String taskId = null;
        for (int attempt = 1; taskId == null; attempt++) {
            Api.Answer tasks = call(() -> api.get(user, password, "/engine-rest/task?processInstanceBusinessKey="
                    + election.number + "&taskDefinitionKey=establishResult"));
            if (tasks != null && tasks.ok() && tasks.json().size() == 1) {
                taskId = tasks.json().get(0).get("id").asText();
            } else if (attempt >= ATTEMPTS) {
                throw new IllegalStateException("election " + election.number + " never opened its result task: "
                        + (tasks == null ? "no answer" : tasks.status() + " " + tasks.body()));
            } else {
                outcome.retries.increment();
                AppNode.sleep(Math.min(2000, 20L * attempt)); // tabulation is in the last acceptance's transaction
            }
        }
        String id = taskId;
        for (int attempt = 1; ; attempt++) {
            Api.Answer claimed = call(() -> api.post(user, password, "/engine-rest/task/" + id + "/claim",
                    Map.of("userId", user)));
            Api.Answer done = claimed == null || claimed.status() != 204 ? claimed
                    : call(() -> api.post(user, password, "/engine-rest/task/" + id + "/complete", Map.of("variables", Map.of(
                            "tabulationChecked", Map.of("value", true, "type", "Boolean"),
                            "declareInvalid", Map.of("value", false, "type", "Boolean")))));
            if (done != null && done.status() == 204) {
                long t1 = System.nanoTime();
                outcome.establish.recordValue(Math.max(1, (t1 - t0) / 1000));
                outcome.results.increment();
                outcome.last.accumulateAndGet(t1, Math::max);
                return;
            }
            if (done != null && done.status() < 500 && done.status() != 404) {
                throw new IllegalStateException("establishing the result of " + election.number + ": " + done.status()
                        + " " + done.body());
            }
            if (attempt >= ATTEMPTS) {
                throw new IllegalStateException("establishing the result of " + election.number + " failed "
                        + attempt + " times");
            }
            outcome.retries.increment();
            AppNode.sleep(Math.min(2000, 20L * attempt));
        }
    }

    private boolean alreadyAccepted(Api api, NightPlan.Precinct precinct) {
        Api.Answer history = call(() -> api.get(precinct.election.tec.user(), password, precinct.path() + "/protocols"));
        return history != null && history.ok() && history.body().contains("\"ACCEPTED\"");
    }

    private static Api.Answer call(java.util.function.Supplier<Api.Answer> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            return null; // connection refused or reset: retried like a 5xx
        }
    }

    /**
     * 404 while the count's entry task is not open yet (a timer of the count still due), 5xx and lost
     * connections are retried after a pause; anything else is a failure of the night.
     */
    private void retry(Outcome outcome, NightPlan.Precinct precinct, String step, Api.Answer answer, int attempt) {
        String what = step + " " + (answer == null ? "no answer" : answer.status());
        outcome.unexpected.computeIfAbsent(what, k -> new LongAdder()).increment();
        boolean retriable = answer == null || answer.status() == 404 || answer.status() >= 500;
        if (!retriable || attempt >= ATTEMPTS) {
            throw new IllegalStateException(step + " of " + precinct.path() + " failed after " + attempt
                    + " attempts: " + (answer == null ? "no answer" : answer.status() + " " + answer.body()));
        }
        outcome.retries.increment();
        AppNode.sleep(Math.min(2000, 20L * attempt));
    }
}
