package kz.election.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The country the benchmark draws: its shape at every size, and codes the register takes. */
class CountryTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 16, 17, 73, 170, 171, 730, 7_000})
    void tecsAreSpreadOverTheOblastsAndNeverMoreThanTheElections(int elections) {
        Country country = Country.draw("r", 0, elections);

        assertThat(country.oblasts).hasSize(17);
        assertThat(country.tecs).hasSize(Math.min(170, elections));
        Map<String, Long> perOblast = country.tecs.stream()
                .collect(Collectors.groupingBy(Country.Tec::oblastCode, Collectors.counting()));
        if (elections >= 17) {
            assertThat(perOblast).hasSize(17);
        }
        assertThat(perOblast.values()).allMatch(n -> n <= 10);
        long most = perOblast.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long least = elections >= 17 ? perOblast.values().stream().mapToLong(Long::longValue).min().orElseThrow() : most;
        assertThat(most - least).as("TECs spread evenly").isLessThanOrEqualTo(1);
        assertThat(country.ruralDistricts).hasSize(elections);
        Map<Country.Tec, Long> perTec = country.ruralDistricts.stream()
                .collect(Collectors.groupingBy(Country.RuralDistrict::tec, Collectors.counting()));
        assertThat(perTec).hasSize(country.tecs.size());
    }

    @Test
    void codesAreKatoShapedUniqueOutsideTheSampleOblastAndEachLiesInItsParent() {
        Country first = Country.draw("a", 0, 730);
        Country second = Country.draw("b", 1, 730);
        List<String> codes = new ArrayList<>(first.oblasts);
        first.tecs.forEach(t -> codes.add(t.territoryCode()));
        first.ruralDistricts.forEach(r -> codes.add(r.code()));
        second.ruralDistricts.forEach(r -> codes.add(r.code()));

        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("\\d{9}")).noneMatch(c -> c.startsWith("11"));
        assertThat(first.oblasts).allMatch(c -> c.endsWith("0000000"));
        assertThat(first.tecs).allSatisfy(t -> {
            assertThat(t.territoryCode()).startsWith(t.oblastCode().substring(0, 2)).endsWith("00000")
                    .doesNotStartWith(t.oblastCode().substring(0, 4));
            assertThat(t.commissionCode()).isEqualTo("TEC-" + t.territoryCode());
        });
        assertThat(first.ruralDistricts).allSatisfy(r -> assertThat(r.code())
                .startsWith(r.tec().territoryCode().substring(0, 4)).endsWith("000")
                .doesNotStartWith(r.tec().territoryCode().substring(0, 6)));
        // the second phase re-imports the same oblasts, districts and commissions, with users of its own
        assertThat(second.commissionsCsv()).isEqualTo(first.commissionsCsv());
        assertThat(second.tecs).extracting(Country.Tec::user).doesNotContainAnyElementsOf(
                first.tecs.stream().map(Country.Tec::user).toList());
    }

    @Test
    void theFilesNameEveryRowOnceUnderItsParent() {
        Country country = Country.draw("r", 0, 40);
        List<String> territories = country.territoriesCsv().lines().toList();
        List<String> commissions = country.commissionsCsv().lines().toList();
        List<String> members = country.membersCsv().lines().toList();

        assertThat(territories).first().isEqualTo("code,parent_code,level,name_kk,name_ru");
        assertThat(territories).hasSize(1 + 17 + 40 + 40).allMatch(l -> l.split(",", -1).length == 5);
        Map<String, String> parents = territories.stream().skip(1).map(l -> l.split(","))
                .collect(Collectors.toMap(f -> f[0], f -> f[1]));
        assertThat(parents).allSatisfy((code, parent) -> {
            if (!parent.isEmpty()) {
                assertThat(parents).containsKey(parent);
            }
        });
        assertThat(commissions).hasSize(1 + 17 + 40).allMatch(l -> l.split(",", -1).length == 9);
        Map<String, String[]> byCode = commissions.stream().skip(1).map(l -> l.split(",", -1))
                .collect(Collectors.toMap(f -> f[0], Function.identity()));
        assertThat(byCode.values()).allSatisfy(f -> {
            assertThat(parents).containsKey(f[3]);
            assertThat(f[2].equals("CEC") || byCode.containsKey(f[2])).as(f[0] + " under " + f[2]).isTrue();
        });
        assertThat(members).hasSize(1 + 40).first().isEqualTo("commission_code,user_id,position");
        assertThat(members.subList(1, members.size())).allMatch(l -> l.endsWith(",MEMBER"));
    }

    @Test
    void aThirdPhaseHasNoRuralDistrictsOfItsOwn() {
        assertThatThrownBy(() -> Country.draw("c", 2, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
