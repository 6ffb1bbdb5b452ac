package kz.election.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import kz.election.candidate.Iin;
import kz.election.candidate.IinCheck;

/**
 * Brings the planned elections to election night over the application's REST API. First the country,
 * as an administrator imports it: a tec-staff user per TEC, the territories, the commissions and the
 * TECs' seats ({@link Country}). Then each election as its organizing TEC's own user would, through the
 * real election process (election.bpmn): announce a rural akim's election in one of the TEC's rural
 * districts (which starts the election with its precinct CSV), bind a precinct member to the precincts,
 * nominate the candidates (party nominations) and register each with the commission's review task; then
 * the election's own timers close nomination and registration, fix the ballot in registration order and
 * open the counts at pollsOpen, while {@link ElectionNight} moves the nodes' clocks.
 */
final class Seeder {

    /**
     * The documents of a party nomination for a rural akim (the ruleset), all dated on the day the
     * nomination is filed; a rural candidate pays no election deposit.
     */
    private static final List<String> PARTY_DOCUMENTS = List.of("APPLICATION", "BIOGRAPHY", "INCOME_ASSETS_DECLARATION",
            "TAX_CERTIFICATE", "CIVIL_SERVICE_PROOF", "PARTY_DECISION_EXTRACT");
    private static final AtomicInteger IIN_SERIAL = new AtomicInteger();
    /** How long one turnout report waits for its task (the timers' backlog on a whole night). */
    private static final Duration TURNOUT_WAIT = Duration.ofMinutes(30);

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

    /** The day the bench files its nominations: the nomination period opens the day after the call. */
    static LocalDate nominationDay(LocalDate callDate) {
        return callDate.plusDays(2);
    }

    /** Just after registration closed (18:00 of E-21 for a rural akim, docs/RULES.md): the ballots are fixed by then. */
    static LocalDate afterRegistration(LocalDate callDate) {
        return electionDay(callDate).minusDays(20);
    }

    /**
     * The country's registers over /api as an administrator imports them (README, "Registers"): each TEC's
     * user created over /engine-rest with the tec-staff group, then the territories, the commissions and
     * the seats, each one file. Importing the same oblasts, districts and commissions again (the second
     * phase) changes nothing; its rural districts and users are new.
     */
    void seedCountry(NightPlan plan) {
        Country country = plan.country;
        inParallel(country.tecs, "TEC users", tec -> createUser(tec.user(), "Territorial", "tec-staff"));
        importRegister("/api/territories", country.territoriesCsv(), "territories");
        importRegister("/api/commissions", country.commissionsCsv(), "commissions");
        importRegister("/api/commissions/members", country.membersCsv(), "members");
    }

    private void importRegister(String path, String csv, String what) {
        expect(200, api.postText(AppNode.ADMIN, password, path, "text/csv; charset=UTF-8", csv), "import " + what);
    }

    private void createUser(String id, String firstName, String group) {
        expect(204, api.post(AppNode.ADMIN, password, "/engine-rest/user/create", Map.of(
                "profile", Map.of("id", id, "firstName", firstName, "lastName", "Member",
                        "email", id + "@bench.example.kz"),
                "credentials", Map.of("password", password))), firstName + " member");
        expect(204, api.put(AppNode.ADMIN, password, "/engine-rest/group/" + group + "/members/" + id, ""),
                group + " membership");
    }

    /** Announces every election and binds a precinct member to its precincts. */
    void seed(NightPlan plan, LocalDate callDate) {
        inParallel(plan.elections, "seeding", election -> seed(election, callDate));
    }

    /** With the clock in the nomination period: every candidate nominated and registered by the TEC. */
    void nominateAndRegister(NightPlan plan, LocalDate callDate) {
        inParallel(plan.elections, "nomination", election -> {
            List<String> references = new ArrayList<>();
            for (int position = 1; position <= election.candidates.size(); position++) {
                references.add(nominate(election, position, nominationDay(callDate)));
            }
            for (String reference : references) {
                register(election, reference);
            }
        });
    }

    /** After registration closed: each election's ballot as election.bpmn fixed it, in ballot order. */
    void readBallots(NightPlan plan) {
        inParallel(plan.elections, "ballots", election -> {
            List<String> ballot = new ArrayList<>();
            expect(200, api.get(election.tec.user(), password, "/api/elections/" + election.number + "/ballot"), "ballot")
                    .json().forEach(line -> ballot.add(line.get("registrationNumber").asText()));
            if (ballot.size() != election.candidates.size()) {
                throw new IllegalStateException("election " + election.number + " has " + ballot.size()
                        + " candidates on its ballot, " + election.candidates.size() + " were registered");
            }
            election.ballot = List.copyOf(ballot);
        });
    }

    private <T> void inParallel(List<T> items, String what, Consumer<T> step) {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>(items);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(() -> {
                    T item;
                    while ((item = queue.poll()) != null) {
                        step.accept(item);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void seed(NightPlan.ElectionPlan election, LocalDate callDate) {
        LocalDate day = electionDay(callDate);
        String csv = "number;address;voters\n" + election.precincts.stream()
                .map(p -> p.number + ";Polling station " + p.number + ";" + p.protocol.votersOnList())
                .collect(Collectors.joining("\n"));
        Map<String, Object> announcement = new LinkedHashMap<>();
        announcement.put("territory", election.territory);
        announcement.put("level", "RURAL");
        announcement.put("post", "Akim of rural district " + election.territory);
        announcement.put("reason", "REGULAR");
        announcement.put("callDate", callDate.toString());
        announcement.put("electionDay", day.toString());
        announcement.put("termEnd", day.plusDays(30).toString());
        announcement.put("precinctsCsv", csv);
        election.number = expect(201, api.post(election.tec.user(), password, "/api/elections", announcement), "announce")
                .json().get("number").asText();

        createUser(election.pecUser, "Precinct", "pec-staff");
        for (NightPlan.Precinct precinct : election.precincts) {
            expect(204, api.post(election.tec.user(), password, precinct.path() + "/staff",
                    Map.of("userId", election.pecUser)), "bind member");
        }
    }

    /** A party nomination of a person eligible on every rule: 40 to 55 years old, Kazakh citizen, a valid IIN. */
    private String nominate(NightPlan.ElectionPlan election, int position, LocalDate filedOn) {
        int serial = IIN_SERIAL.incrementAndGet();
        LocalDate born = LocalDate.of(1971 + serial % 15, 1 + serial % 12, 1 + serial % 28);
        String name = "Candidate " + position + " of " + election.territory;
        Map<String, String> documents = new LinkedHashMap<>();
        PARTY_DOCUMENTS.forEach(code -> documents.put(code, filedOn.toString()));
        Map<String, Object> nomination = new LinkedHashMap<>();
        nomination.put("fullName", name);
        nomination.put("iin", iin(born, serial));
        nomination.put("birthDate", born.toString());
        nomination.put("citizenship", "KZ");
        nomination.put("address", "1 Abai street, " + election.territory);
        nomination.put("email", "candidate-" + serial + "@bench.example.kz");
        nomination.put("language", List.of("kk", "ru", "en").get(serial % 3));
        nomination.put("nominationType", "PARTY");
        nomination.put("partyName", "Party " + position); // one candidate per party and election (docs/RULES.md)
        nomination.put("documents", documents);
        nomination.put("signaturesSubmitted", 0);
        nomination.put("legalCapacityDeclared", true);
        nomination.put("noCriminalRecordDeclared", true);
        nomination.put("noCorruptionOffenceDeclared", true);
        return expect(201, api.post(election.tec.user(), password, "/api/elections/" + election.number + "/nominations",
                nomination), "nominate").json().get("referenceNumber").asText();
    }

    /** The TEC's review task of the nomination, completed by the TEC's user with the decision to register. */
    private void register(NightPlan.ElectionPlan election, String reference) {
        String user = election.tec.user();
        String taskId = null;
        for (int attempt = 1; taskId == null; attempt++) {
            JsonNode tasks = expect(200, api.get(user, password, "/engine-rest/task?processInstanceBusinessKey="
                    + reference + "&taskDefinitionKey=reviewNomination"), "review task").json();
            if (tasks.size() == 1) {
                taskId = tasks.get(0).get("id").asText();
            } else if (attempt >= 200) {
                throw new IllegalStateException("the review task of nomination " + reference + " never opened");
            } else {
                AppNode.sleep(Math.min(1000, 20L * attempt)); // the eligibility check runs first
            }
        }
        expect(204, api.post(user, password, "/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", user)), "claim the review");
        expect(204, api.post(user, password, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
                "decision", Map.of("value", "REGISTER", "type", "String"),
                "declarationsConfirmed", Map.of("value", true, "type", "Boolean"),
                "qualificationMet", Map.of("value", true, "type", "Boolean"),
                // the points a ruleset leaves to the commission (higher education for RURAL from kz-2026-12-08)
                "qualificationPointsConfirmed", Map.of("value", true, "type", "Boolean")))), "register");
    }

    /** A valid IIN for the birth date (docs/RULES.md: digits 1-6 the date, 7 century and sex, 12 the check digit). */
    static String iin(LocalDate born, int serial) {
        int century = (born.getYear() / 100 - 18) * 2 + 1;
        for (int n = serial % 10_000; ; n = (n + 1) % 10_000) {
            String first11 = String.format("%02d%02d%02d%d%04d", born.getYear() % 100, born.getMonthValue(),
                    born.getDayOfMonth(), century, n);
            for (int digit = 0; digit <= 9; digit++) {
                if (Iin.check(first11 + digit) instanceof IinCheck.Valid) {
                    return first11 + digit;
                }
            }
        }
    }

    /**
     * Waits until the engine count behind {@code path} (an /engine-rest .../count query) reaches
     * {@code expected}: the nodes' job executors fire the timers that the moved clock made due.
     */
    void awaitCount(String path, long expected, String what, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        long count = -1;
        while (System.nanoTime() < deadline) {
            count = expect(200, api.get(AppNode.ADMIN, password, path), what).json().get("count").asLong();
            if (count >= expected) {
                return;
            }
            AppNode.sleep(500);
        }
        throw new IllegalStateException(what + ": " + count + " of " + expected + " after " + limit.toSeconds() + " s");
    }

    /**
     * Election day, after the clock moved past the close: each precinct's member reports the turnout at
     * every report time of the election (GET /api/elections/{n}/turnout lists them), rising to the
     * ballots its protocol will show. The count's timers fire on the nodes' job executors meanwhile; a
     * 409 or 404 (report time's task not open yet) is retried. Not timed: it is the day, not the night.
     */
    void reportTurnout(NightPlan plan) {
        inParallel(plan.elections, "turnout reports", election -> {
            List<String> hours = new ArrayList<>();
            expect(200, api.get(election.tec.user(), password, "/api/elections/" + election.number + "/turnout"),
                    "turnout hours").json().get("hours").forEach(h -> hours.add(h.asText()));
            for (NightPlan.Precinct precinct : election.precincts) {
                long issued = precinct.protocol.ballotsIssuedAtStation() + precinct.protocol.ballotsIssuedAtHome();
                for (int h = 0; h < hours.size(); h++) {
                    report(election, precinct, hours.get(h), issued * (h + 1) / hours.size());
                }
            }
        });
    }

    /**
     * Reports one hour's turnout, waiting while its task is not open yet. Moving the clock to the evening
     * makes every count's report timers due at once (70,000 on a whole night), worked off by the job
     * executor in no promised order, so a report may wait as long as the whole backlog takes.
     */
    private void report(NightPlan.ElectionPlan election, NightPlan.Precinct precinct, String hour, long issued) {
        long giveUp = System.nanoTime() + TURNOUT_WAIT.toNanos();
        for (int attempt = 1; System.nanoTime() < giveUp; attempt++) {
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
        throw new IllegalStateException("turnout " + hour + " of " + precinct.path() + " not accepted within "
                + TURNOUT_WAIT);
    }

    static Api.Answer expect(int status, Api.Answer answer, String step) {
        if (answer.status() != status) {
            throw new IllegalStateException(step + ": expected " + status + ", got " + answer.status() + " " + answer.body());
        }
        return answer;
    }
}
