package kz.election.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The registers a night runs in, drawn for its size: 17 oblasts, district (city) territorial
 * commissions spread over them (10 per oblast, about 170, fewer on a smaller night: as many as there
 * are elections, at least one per oblast from 17 elections on) and, under each TEC's district, one rural
 * district per election that TEC organizes. Codes are KATO-shaped (AB CD EF HIJ): oblast {@code AB0000000},
 * district {@code ABCD00000}, rural district {@code ABCDEF000}. The oblast prefixes are real KATO oblasts'
 * except Akmola (11), which the sample register of the demo profile holds, so nothing here collides
 * with it. The commissions answer to the sample register's {@code CEC}: {@code OEC-<oblast>} per oblast,
 * {@code TEC-<district>} per district; each TEC has one tec-staff user of its own, seated as a member.
 *
 * <p>The oblasts, districts and commissions depend only on the night's size, so the second phase of a
 * run imports them again unchanged (the register leaves an unchanged row as it is); the rural districts
 * depend on the phase ({@code round}), so no territory holds two of the benchmark's elections.
 */
final class Country {

    /** KATO oblast prefixes of the 17 oblasts, without Akmola (11, the sample register's). */
    static final List<Integer> OBLASTS = List.of(10, 15, 19, 23, 27, 31, 33, 35, 39, 43, 47, 51, 55, 59, 61, 62, 63);
    static final int TECS_PER_OBLAST = 10;
    /** Rural district digits (EF) a phase may use: 10 to 54 in the first, 55 to 99 in the second. */
    private static final int RURAL_PER_ROUND = 45;

    record Tec(String territoryCode, String commissionCode, String oblastCode, String user) {
    }

    record RuralDistrict(String code, Tec tec) {
    }

    final List<String> oblasts;
    final List<Tec> tecs;
    /** In the order of the elections: the i-th election is held in the i-th rural district. */
    final List<RuralDistrict> ruralDistricts;

    private Country(List<String> oblasts, List<Tec> tecs, List<RuralDistrict> ruralDistricts) {
        this.oblasts = oblasts;
        this.tecs = tecs;
        this.ruralDistricts = ruralDistricts;
    }

    /** How many TECs a night of {@code elections} elections has: 170, fewer when there are fewer elections. */
    static int tecCount(int elections) {
        return Math.min(OBLASTS.size() * TECS_PER_OBLAST, elections);
    }

    /**
     * The country for a night of {@code elections}: TEC t lies in oblast t mod 17 (so the TECs are spread
     * evenly), election i is organized by TEC i mod T in that TEC's next rural district.
     *
     * @param run   the phase's run id, naming the TECs' users
     * @param round the phase's number (0, 1), choosing its rural districts' digits
     */
    static Country draw(String run, int round, int elections) {
        if (elections < 1) {
            throw new IllegalArgumentException("a night needs an election");
        }
        if (round < 0 || round > 1) {
            throw new IllegalArgumentException("rural district digits are reserved for two phases, not round " + round);
        }
        List<String> oblasts = OBLASTS.stream().map(o -> o + "0000000").toList();
        int tecCount = tecCount(elections);
        List<Tec> tecs = new ArrayList<>();
        for (int t = 0; t < tecCount; t++) {
            int oblast = OBLASTS.get(t % OBLASTS.size());
            int district = 20 + 2 * (t / OBLASTS.size()); // even, as KATO numbers most districts: 20, 22, ... 38
            String code = String.format("%02d%02d00000", oblast, district);
            tecs.add(new Tec(code, "TEC-" + code, oblast + "0000000", "bench-tec-" + run + "-" + (t + 1)));
        }
        List<RuralDistrict> rural = new ArrayList<>();
        for (int i = 0; i < elections; i++) {
            Tec tec = tecs.get(i % tecCount);
            int k = i / tecCount;
            if (k >= RURAL_PER_ROUND) {
                throw new IllegalArgumentException(elections + " elections need more than " + RURAL_PER_ROUND
                        + " rural districts per TEC");
            }
            int ef = 10 + round * RURAL_PER_ROUND + k;
            rural.add(new RuralDistrict(tec.territoryCode().substring(0, 4) + String.format("%02d", ef) + "000", tec));
        }
        return new Country(oblasts, List.copyOf(tecs), List.copyOf(rural));
    }

    /** The territories file (README, "Registers"): oblasts, the TECs' districts, the elections' rural districts. */
    String territoriesCsv() {
        StringBuilder csv = new StringBuilder("code,parent_code,level,name_kk,name_ru\n");
        for (String oblast : oblasts) {
            String ab = oblast.substring(0, 2);
            csv.append(oblast).append(",,OBLAST,Бенч облысы ").append(ab).append(",Бенч область ").append(ab).append('\n');
        }
        for (Tec tec : tecs) {
            String abcd = tec.territoryCode().substring(0, 4);
            csv.append(tec.territoryCode()).append(',').append(tec.oblastCode()).append(",DISTRICT,Бенч ауданы ")
                    .append(abcd).append(",Бенч район ").append(abcd).append('\n');
        }
        for (RuralDistrict r : ruralDistricts) {
            String abcdef = r.code().substring(0, 6);
            csv.append(r.code()).append(',').append(r.tec().territoryCode()).append(",RURAL_DISTRICT,Бенч ауылдық округі ")
                    .append(abcdef).append(",Бенч сельский округ ").append(abcdef).append('\n');
        }
        return csv.toString();
    }

    /** The commissions file: an oblast commission per oblast under the CEC, a TEC per district under its oblast's. */
    String commissionsCsv() {
        StringBuilder csv = new StringBuilder(
                "code,level,parent_code,territory_code,precinct_number,name_kk,name_ru,mailbox,language\n");
        for (String oblast : oblasts) {
            csv.append("OEC-").append(oblast).append(",OBLAST,CEC,").append(oblast).append(",,Бенч облыстық комиссиясы ")
                    .append(oblast).append(",Бенч областная комиссия ").append(oblast).append(",oec-").append(oblast)
                    .append("@bench.example.kz,ru\n");
        }
        for (int t = 0; t < tecs.size(); t++) {
            Tec tec = tecs.get(t);
            csv.append(tec.commissionCode()).append(",TERRITORIAL,OEC-").append(tec.oblastCode()).append(',')
                    .append(tec.territoryCode()).append(",,Бенч аумақтық комиссиясы ").append(tec.territoryCode())
                    .append(",Бенч территориальная комиссия ").append(tec.territoryCode()).append(",tec-")
                    .append(tec.territoryCode()).append("@bench.example.kz,").append(t % 2 == 0 ? "kk" : "ru").append('\n');
        }
        return csv.toString();
    }

    /** The members file: each TEC's user a MEMBER of it. */
    String membersCsv() {
        return "commission_code,user_id,position\n" + tecs.stream()
                .map(tec -> tec.commissionCode() + "," + tec.user() + ",MEMBER")
                .collect(Collectors.joining("\n")) + "\n";
    }
}
