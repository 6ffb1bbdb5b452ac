package kz.election.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Brings the planned elections into the application over its REST API, as the territorial
 * commissions would before election day: announce (with the precinct CSV), fix the ballot, add a
 * precinct member and bind them to the precincts, and open each precinct's count.
 *
 * <p>Today's main has no election process yet, so the precinct counts are started over
 * /engine-rest by an administrator, as {@code precinct/CountFixtures} does in the tests; once
 * election.bpmn starts them at pollsOpen, {@link #openCounts} is the one step to drop.
 */
final class Seeder {

    private final Api api;
    private final String password;
    private final int workers;

    Seeder(Api api, String password, int workers) {
        this.api = api;
        this.password = password;
        this.workers = workers;
    }

    /** Election day of every planned election: the first Sunday at least 50 days after the call. */
    static LocalDate electionDay(LocalDate callDate) {
        return callDate.plusDays(50).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    void seed(NightPlan plan, LocalDate callDate) {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        ConcurrentLinkedQueue<NightPlan.ElectionPlan> queue = new ConcurrentLinkedQueue<>(plan.elections);
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(() -> {
                    NightPlan.ElectionPlan election;
                    while ((election = queue.poll()) != null) {
                        seed(election, callDate);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("seeding failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void seed(NightPlan.ElectionPlan election, LocalDate callDate) {
        LocalDate day = electionDay(callDate);
        String csv = "number;address;voters\n" + election.precincts.stream()
                .map(p -> p.number + ";Polling station " + p.number + ";" + p.protocol.votersOnList())
                .collect(Collectors.joining("\n"));
        Map<String, Object> announcement = new java.util.LinkedHashMap<>();
        announcement.put("territory", election.territory);
        announcement.put("level", "DISTRICT");
        announcement.put("post", "Akim of " + election.territory);
        announcement.put("reason", "REGULAR");
        announcement.put("callDate", callDate.toString());
        announcement.put("electionDay", day.toString());
        announcement.put("termEnd", day.plusDays(30).toString());
        announcement.put("precinctsCsv", csv);
        election.number = expect(201, api.post(AppNode.TEC, password, "/api/elections", announcement), "announce")
                .json().get("number").asText();

        List<Map<String, String>> ballot = election.candidates.stream()
                .map(c -> Map.of("registrationNumber", c, "candidateName", "Candidate " + c + " of " + election.territory,
                        "nominatedBy", "self-nominated"))
                .toList();
        expect(201, api.post(AppNode.TEC, password, "/api/elections/" + election.number + "/ballot",
                Map.of("candidates", ballot)), "ballot");

        expect(204, api.post(AppNode.ADMIN, password, "/engine-rest/user/create", Map.of(
                "profile", Map.of("id", election.pecUser, "firstName", "Precinct", "lastName", "Member",
                        "email", election.pecUser + "@bench.example.kz"),
                "credentials", Map.of("password", password))), "precinct member");
        expect(204, api.put(AppNode.ADMIN, password, "/engine-rest/group/pec-staff/members/" + election.pecUser, ""),
                "pec-staff membership");
        for (NightPlan.Precinct precinct : election.precincts) {
            expect(204, api.post(AppNode.TEC, password, precinct.path() + "/staff",
                    Map.of("userId", election.pecUser)), "bind member");
        }
        openCounts(election);
    }

    private void openCounts(NightPlan.ElectionPlan election) {
        for (NightPlan.Precinct precinct : election.precincts) {
            expect(200, api.post(AppNode.ADMIN, password, "/engine-rest/process-definition/key/precinctCount/start",
                    Map.of("businessKey", election.number + "/P" + precinct.number,
                            "variables", Map.of(
                                    "electionNumber", Map.of("value", election.number, "type", "String"),
                                    "precinctNumber", Map.of("value", precinct.number, "type", "Integer")))),
                    "start precinctCount");
        }
    }

    /**
     * Election day, after the clock moved past the close: each precinct's member reports the turnout at
     * every report time of the election (GET /api/elections/{n}/turnout lists them), rising to the
     * ballots its protocol will show. The count's timers fire on the nodes' job executors meanwhile; a
     * 409 or 404 (report time's task not open yet) is retried. Not timed: it is the day, not the night.
     */
    void reportTurnout(NightPlan plan) {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        ConcurrentLinkedQueue<NightPlan.ElectionPlan> queue = new ConcurrentLinkedQueue<>(plan.elections);
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(() -> {
                    NightPlan.ElectionPlan election;
                    while ((election = queue.poll()) != null) {
                        List<String> hours = new java.util.ArrayList<>();
                        expect(200, api.get(AppNode.TEC, password, "/api/elections/" + election.number + "/turnout"),
                                "turnout hours").json().get("hours").forEach(h -> hours.add(h.asText()));
                        for (NightPlan.Precinct precinct : election.precincts) {
                            long issued = precinct.protocol.ballotsIssuedAtStation() + precinct.protocol.ballotsIssuedAtHome();
                            for (int h = 0; h < hours.size(); h++) {
                                long soFar = issued * (h + 1) / hours.size();
                                report(election, precinct, hours.get(h), soFar);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("turnout reports failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void report(NightPlan.ElectionPlan election, NightPlan.Precinct precinct, String hour, long issued) {
        for (int attempt = 1; attempt <= 200; attempt++) {
            Api.Answer answer = api.post(election.pecUser, password, precinct.path() + "/turnout",
                    Map.of("hour", hour, "ballotsIssued", issued));
            if (answer.status() == 201 || (answer.status() == 409 && answer.body().contains("already"))) {
                return;
            }
            if (answer.status() != 409 && answer.status() != 404 && answer.status() < 500) {
                throw new IllegalStateException("turnout " + hour + " of " + precinct.path() + ": " + answer.status()
                        + " " + answer.body());
            }
            AppNode.sleep(Math.min(2000, 50L * attempt));
        }
        throw new IllegalStateException("turnout " + hour + " of " + precinct.path() + " never accepted");
    }

    static Api.Answer expect(int status, Api.Answer answer, String step) {
        if (answer.status() != status) {
            throw new IllegalStateException(step + ": expected " + status + ", got " + answer.status() + " " + answer.body());
        }
        return answer;
    }
}
