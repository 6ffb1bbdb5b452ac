package kz.election.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * After a night: was anything lost, doubled or run twice, does every election's result equal the
 * sum of the protocols sent, and does every election belong to the TEC that called it? Read back over the application's REST API (what the commission sees) and
 * from the database (what no API shows: duplicate rows, the job log).
 */
final class Checks {

    record Verdict(int precincts, int countsEnded, int lost, int doubled, long jobsRunTwice, int elections,
                   int electionsMatchingTotals, int resultsEstablished, int resultsMatchingTotals,
                   int awaitingPublication, int tenantsMatchingOrganizer, List<String> problems) {

        boolean passed() {
            return problems.isEmpty();
        }
    }

    private Checks() {
    }

    static Verdict verify(Database db, NightPlan plan, Api api, String password, int clients) {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        String numbers = plan.elections.stream().map(e -> "'" + e.number + "'").collect(Collectors.joining(","));

        // every precinct: exactly one stored protocol, and it is the accepted one
        int lost = 0;
        int doubled = 0;
        for (Map<String, Object> row : db.rows("""
                SELECT e.election_number, pr.precinct_number, count(p.id) AS stored,
                       count(p.id) FILTER (WHERE p.status = 'ACCEPTED') AS accepted
                FROM election.precinct pr JOIN election.election e ON e.id = pr.election_id
                LEFT JOIN election.protocol p ON p.precinct_id = pr.id
                WHERE e.election_number IN (%s) GROUP BY 1, 2""".formatted(numbers))) {
            long stored = ((Number) row.get("stored")).longValue();
            long accepted = ((Number) row.get("accepted")).longValue();
            if (accepted == 0) {
                lost++;
                problems.add("no accepted protocol: " + row);
            } else if (stored > 1 || accepted > 1) {
                doubled++;
                problems.add("protocol stored more than once: " + row);
            }
        }
        int ended = (int) db.single("""
                SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = 'precinctCount' AND end_time_ IS NOT NULL
                AND split_part(business_key_, '/P', 1) IN (%s)""".formatted(numbers));
        if (ended != plan.precincts().size()) {
            problems.add(ended + " of " + plan.precincts().size() + " precinct counts ended");
        }
        // One run of a job is one (job, due date). History cleanup is left out: it is the engine's own
        // housekeeping, idempotent, and the bench moves each node's clock, so a node whose clock runs ahead
        // sees the other node's lock on it as expired. The election's own jobs must never run twice.
        long twice = db.single("""
                SELECT count(*) FROM (SELECT job_id_, job_duedate_ FROM act_hi_job_log WHERE job_state_ = 2
                                      AND job_def_type_ IS DISTINCT FROM 'history-cleanup'
                                      GROUP BY job_id_, job_duedate_ HAVING count(*) > 1) AS twice""");
        if (twice > 0) {
            problems.add(twice + " jobs ran successfully more than once: " + db.rows("""
                    SELECT job_id_, job_def_type_, job_duedate_, count(*) AS runs, string_agg(hostname_, ',') AS hosts
                    FROM act_hi_job_log WHERE job_state_ = 2 AND job_def_type_ IS DISTINCT FROM 'history-cleanup'
                    GROUP BY job_id_, job_def_type_, job_duedate_
                    HAVING count(*) > 1"""));
        }

        Map<String, Map<String, Long>> sums = readBack(plan, api, password, clients, problems);
        int matching = 0;
        for (NightPlan.ElectionPlan election : plan.elections) {
            Map<String, Long> expected = election.totals();
            Map<String, Long> actual = sums.getOrDefault(election.number, Map.of());
            if (expected.equals(actual)) {
                matching++;
            } else {
                problems.add("election " + election.number + ": totals " + actual + " but the protocols sum to " + expected);
            }
        }

        // every election: exactly one result version, established, whose tabulation is the sum of the protocols
        int established = 0;
        int resultsMatching = 0;
        Map<String, NightPlan.ElectionPlan> byNumber = new HashMap<>();
        plan.elections.forEach(e -> byNumber.put(e.number, e));
        for (Map<String, Object> row : db.rows("""
                SELECT e.election_number, count(r.id) AS versions,
                       count(r.id) FILTER (WHERE r.established_at IS NOT NULL) AS established,
                       max(r.tabulation::text) AS tabulation
                FROM election.election e LEFT JOIN election.election_result r ON r.election_id = e.id
                WHERE e.election_number IN (%s) GROUP BY 1""".formatted(numbers))) {
            String number = (String) row.get("election_number");
            if (((Number) row.get("versions")).longValue() != 1 || ((Number) row.get("established")).longValue() != 1) {
                problems.add("election " + number + ": " + row.get("versions") + " result versions, "
                        + row.get("established") + " established");
                continue;
            }
            established++;
            Map<String, Long> tabulated = tabulatedTotals((String) row.get("tabulation"));
            Map<String, Long> expected = byNumber.get(number).totals();
            if (tabulated.equals(expected)) {
                resultsMatching++;
            } else {
                problems.add("election " + number + ": the established result tabulates " + tabulated
                        + " but the protocols sum to " + expected);
            }
        }
        // where election.bpmn stands after the night: the result established, its publication (a second
        // member's step, which the bench leaves undone) waiting in every election
        int awaitingPublication = (int) db.single("""
                SELECT count(*) FROM act_ru_task t JOIN act_ru_execution pi ON pi.id_ = t.proc_inst_id_
                WHERE t.task_def_key_ = 'publishResult' AND pi.business_key_ IN (%s)""".formatted(numbers));
        if (awaitingPublication != plan.elections.size()) {
            problems.add(awaitingPublication + " of " + plan.elections.size() + " elections wait for their result to be published");
        }
        int tenants = tenantsMatchingOrganizer(db, plan, api, password, problems, numbers);
        return new Verdict(plan.precincts().size(), ended, lost, doubled, twice, plan.elections.size(), matching,
                established, resultsMatching, awaitingPublication, tenants,
                problems.size() > 20 ? new ArrayList<>(problems.subList(0, 20)) : new ArrayList<>(problems));
    }

    /**
     * Every election belongs to the TEC that organized it: the application stored that TEC as its
     * organizer, and its process instance's engine tenant (the history, read over /engine-rest by an
     * administrator, who sees every tenant) is that TEC's code.
     */
    private static int tenantsMatchingOrganizer(Database db, NightPlan plan, Api api, String password,
                                                List<String> problems, String numbers) {
        Map<String, String> organizers = new HashMap<>();
        db.rows("SELECT election_number, organizer_code FROM election.election WHERE election_number IN (%s)"
                .formatted(numbers)).forEach(row -> organizers.put((String) row.get("election_number"),
                (String) row.get("organizer_code")));
        int matching = 0;
        for (NightPlan.ElectionPlan election : plan.elections) {
            String organizer = election.tec.commissionCode();
            JsonNode instances = Seeder.expect(200, api.get(AppNode.ADMIN, password,
                    "/engine-rest/history/process-instance?processDefinitionKey=election&processInstanceBusinessKey="
                            + election.number), "election's process instance").json();
            String tenant = instances.size() == 1 && instances.get(0).hasNonNull("tenantId")
                    ? instances.get(0).get("tenantId").asText() : null;
            if (instances.size() != 1) {
                problems.add("election " + election.number + ": " + instances.size() + " process instances");
            } else if (!organizer.equals(organizers.get(election.number)) || !organizer.equals(tenant)) {
                problems.add("election " + election.number + " announced by " + election.tec.user() + " of " + organizer
                        + ": organizer " + organizers.get(election.number) + ", process instance tenant " + tenant);
            } else {
                matching++;
            }
        }
        return matching;
    }

    /** The lines of an established result (election_result.tabulation) in the plan's terms. */
    private static Map<String, Long> tabulatedTotals(String tabulation) {
        try {
            JsonNode t = Api.JSON.readTree(tabulation);
            Map<String, Long> line = new HashMap<>();
            line.put("votersOnList", t.path("totals").path("votersOnList").asLong());
            line.put("ballotsFound", t.path("totals").path("ballotsFound").asLong());
            line.put("invalidBallots", t.path("totals").path("invalidBallots").asLong());
            line.put("againstAll", t.path("againstAllVotes").asLong());
            t.path("candidates").forEach(c -> line.put(c.path("candidate").path("registrationNumber").asText(),
                    c.path("votes").asLong()));
            return line;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an election_result row holds no JSON tabulation: " + tabulation, e);
        }
    }

    /** The accepted protocols as the application serves them, summed per election. */
    private static Map<String, Map<String, Long>> readBack(NightPlan plan, Api api, String password, int clients,
                                                           List<String> problems) {
        Map<String, Map<String, Long>> sums = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<NightPlan.Precinct> queue = new ConcurrentLinkedQueue<>(plan.precincts());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> {
                    NightPlan.Precinct p;
                    while ((p = queue.poll()) != null) {
                        JsonNode history = Seeder.expect(200, api.get(p.election.tec.user(), password, p.path() + "/protocols"),
                                "read back").json();
                        List<JsonNode> accepted = new ArrayList<>();
                        history.forEach(v -> {
                            if ("ACCEPTED".equals(v.get("status").asText())) {
                                accepted.add(v);
                            }
                        });
                        if (accepted.size() != 1) {
                            problems.add(p.path() + ": " + accepted.size() + " accepted protocols over REST");
                            continue;
                        }
                        JsonNode f = accepted.get(0).get("figures");
                        Map<String, Long> line = new LinkedHashMap<>();
                        line.put("votersOnList", f.get("votersOnList").asLong());
                        line.put("ballotsFound", f.get("ballotsFound").asLong());
                        line.put("invalidBallots", f.get("invalidBallots").asLong());
                        line.put("againstAll", f.get("againstAll").asLong());
                        f.get("candidateVotes").fields().forEachRemaining(e -> line.put(e.getKey(), e.getValue().asLong()));
                        Map<String, Long> total = sums.computeIfAbsent(p.election.number, k -> new ConcurrentHashMap<>());
                        synchronized (total) {
                            line.forEach((k, v) -> total.merge(k, v, Long::sum));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("reading the protocols back failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        Map<String, Map<String, Long>> plain = new HashMap<>();
        sums.forEach((k, v) -> plain.put(k, new HashMap<>(v)));
        return plain;
    }
}
