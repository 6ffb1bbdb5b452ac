package kz.election.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the night will bring, drawn before it starts from one seed: the country's registers
 * ({@link Country}: oblasts, TECs, the rural districts the elections are held in), N elections, precincts per
 * election summing to exactly P (at least one each, the rest spread at random, so a few districts are
 * large and many rural races small, as on 25 July 2021), 2 to 6 candidates each, and every precinct's
 * protocol, made to pass the control checks of docs/RULES.md. Kept in memory so the benchmark can check
 * that the application's totals equal the sum of the protocols it was sent.
 */
final class NightPlan {

    record Protocol(long votersOnList, long ballotsReceived, long ballotsIssuedAtStation, long ballotsIssuedAtHome,
                    long ballotsCancelled, long ballotsFound, long invalidBallots, Map<String, Long> candidateVotes,
                    long againstAll) {

        Map<String, Object> json() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("votersOnList", votersOnList);
            body.put("ballotsReceived", ballotsReceived);
            body.put("ballotsIssuedAtStation", ballotsIssuedAtStation);
            body.put("ballotsIssuedAtHome", ballotsIssuedAtHome);
            body.put("ballotsCancelled", ballotsCancelled);
            body.put("ballotsFound", ballotsFound);
            body.put("invalidBallots", invalidBallots);
            body.put("candidateVotes", candidateVotes);
            body.put("againstAll", againstAll);
            return body;
        }
    }

    static final class Precinct {
        final ElectionPlan election;
        final int number;
        final Protocol protocol;

        Precinct(ElectionPlan election, int number, Protocol protocol) {
            this.election = election;
            this.number = number;
            this.protocol = protocol;
        }

        String path() {
            return "/api/precincts/" + election.number + "/" + number;
        }

        /** The protocol as posted: votes under the registration numbers of the election's fixed ballot. */
        Map<String, Object> json() {
            Map<String, Object> body = protocol.json();
            Map<String, Long> votes = new LinkedHashMap<>();
            protocol.candidateVotes().forEach((position, v) -> votes.put(election.registrationNumber(position), v));
            body.put("candidateVotes", votes);
            return body;
        }
    }

    static final class ElectionPlan {
        /** The KATO code of the rural district the election is held in. */
        final String territory;
        /** The organizing TEC, whose own user announces the election and does all the TEC's work in it. */
        final Country.Tec tec;
        final List<String> candidates;
        final List<Precinct> precincts = new ArrayList<>();
        /** Given by the application when the election is announced. */
        volatile String number;
        /** The precinct member bound to every precinct of this election. */
        final String pecUser;
        /** Registration numbers in ballot order, once election.bpmn has fixed the ballot. */
        volatile List<String> ballot = List.of();

        ElectionPlan(Country.RuralDistrict territory, List<String> candidates, String pecUser) {
            this.territory = territory.code();
            this.tec = territory.tec();
            this.candidates = candidates;
            this.pecUser = pecUser;
        }

        /** The sum of this election's protocols, per line: what its result must show. */
        Map<String, Long> totals() {
            Map<String, Long> totals = new LinkedHashMap<>();
            for (Precinct p : precincts) {
                totals.merge("votersOnList", p.protocol.votersOnList, Long::sum);
                totals.merge("ballotsFound", p.protocol.ballotsFound, Long::sum);
                totals.merge("invalidBallots", p.protocol.invalidBallots, Long::sum);
                totals.merge("againstAll", p.protocol.againstAll, Long::sum);
                p.protocol.candidateVotes.forEach((c, v) -> totals.merge(registrationNumber(c), v, Long::sum));
            }
            return totals;
        }

        /** The registration number at ballot position "C-i" of the plan. */
        String registrationNumber(String position) {
            int index = Integer.parseInt(position.substring(2)) - 1;
            if (index >= ballot.size()) {
                throw new IllegalStateException("the ballot of " + number + " is not fixed yet (" + ballot + ")");
            }
            return ballot.get(index);
        }
    }

    final String run;
    final Country country;
    final List<ElectionPlan> elections = new ArrayList<>();

    private NightPlan(String run, Country country) {
        this.run = run;
        this.country = country;
    }

    List<Precinct> precincts() {
        return elections.stream().flatMap(e -> e.precincts.stream()).toList();
    }

    /**
     * @param round the phase's number in the run (0, 1): a phase's elections are held in rural districts of
     *              their own ({@link Country#draw})
     */
    static NightPlan draw(String run, int round, int electionCount, int precinctCount, long seed) {
        if (precinctCount < electionCount) {
            throw new IllegalArgumentException("every election needs a precinct: " + precinctCount + " < " + electionCount);
        }
        Random random = new Random(seed);
        NightPlan plan = new NightPlan(run, Country.draw(run, round, electionCount));
        int[] sizes = new int[electionCount];
        java.util.Arrays.fill(sizes, 1);
        // the rest spread by skewed weights: many small races, a few large districts
        double[] weights = new double[electionCount];
        double sum = 0;
        for (int i = 0; i < electionCount; i++) {
            weights[i] = Math.pow(random.nextDouble(), 2.5);
            sum += weights[i];
        }
        int rest = precinctCount - electionCount;
        int given = 0;
        for (int i = 0; i < electionCount; i++) {
            int share = (int) Math.floor(rest * weights[i] / sum);
            sizes[i] += share;
            given += share;
        }
        for (int i = 0; given < rest; i = (i + 1) % electionCount, given++) {
            sizes[i]++;
        }
        for (int i = 0; i < electionCount; i++) {
            int candidateCount = 2 + random.nextInt(5);
            List<String> candidates = new ArrayList<>();
            for (int c = 1; c <= candidateCount; c++) {
                candidates.add("C-" + c);
            }
            ElectionPlan election = new ElectionPlan(plan.country.ruralDistricts.get(i), candidates,
                    "bench-pec-" + run + "-" + (i + 1));
            for (int p = 1; p <= sizes[i]; p++) {
                election.precincts.add(new Precinct(election, p, protocol(random, candidates)));
            }
            plan.elections.add(election);
        }
        return plan;
    }

    /** A protocol that passes every control check: issued + cancelled = received, found <= issued, ... */
    private static Protocol protocol(Random random, List<String> candidates) {
        long voters = 130 + random.nextInt(1371);
        long received = voters;
        long issued = Math.round(voters * (0.45 + 0.45 * random.nextDouble()));
        long home = Math.round(issued * 0.05 * random.nextDouble());
        long station = issued - home;
        long cancelled = received - issued;
        long found = issued - random.nextInt((int) Math.min(3, issued) + 1);
        long invalid = Math.round(found * 0.02 * random.nextDouble());
        long valid = found - invalid;
        double[] weights = new double[candidates.size() + 1];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.2 + random.nextDouble();
            total += weights[i];
        }
        Map<String, Long> votes = new LinkedHashMap<>();
        long left = valid;
        for (int i = 0; i < candidates.size(); i++) {
            long v = Math.min(left, Math.round(valid * weights[i] / total));
            votes.put(candidates.get(i), v);
            left -= v;
        }
        return new Protocol(voters, received, station, home, cancelled, found, invalid, votes, left);
    }
}
