package kz.election.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.election.candidate.Iin;
import kz.election.candidate.IinCheck;
import kz.election.common.TextRules;
import kz.election.election.PrecinctCsv;
import kz.election.election.PrecinctRow;
import kz.election.election.PrecinctUpload;
import kz.election.protocol.ProtocolChecks;
import kz.election.protocol.ProtocolFigures;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Whatever arrives from a form, an upload or an integration, the input rules answer with a verdict
 * and never throw; what they accept keeps their promises.
 */
class InputPropertiesTest {

    @Property(tries = 300)
    void aPrecinctUploadIsAcceptedWithSoundRowsOrRejectedWithLineNumbers(@ForAll("csvLike") String csv) {
        PrecinctUpload upload = new PrecinctCsv().parse(csv.getBytes(StandardCharsets.UTF_8));

        if (upload instanceof PrecinctUpload.Accepted accepted) {
            Set<Integer> numbers = new HashSet<>();
            for (PrecinctRow row : accepted.precincts()) {
                assertThat(row.number()).isPositive();
                assertThat(numbers.add(row.number())).as("unique precinct numbers").isTrue();
                assertThat(row.voters()).isBetween(0, PrecinctCsv.MAX_VOTERS);
                assertThat(TextRules.problemWithLine(row.address(), PrecinctCsv.MAX_ADDRESS_LENGTH)).isEmpty();
            }
        } else {
            assertThat(((PrecinctUpload.Rejected) upload).errors()).isNotEmpty()
                    .allSatisfy(error -> assertThat(error.toString()).isNotBlank());
        }
    }

    @Property(tries = 500)
    void anIinCheckNeverThrows(@ForAll @StringLength(max = 20) String raw) {
        IinCheck check = Iin.check(raw);

        assertThat(check.isValid() || check.invalidReason().filter(reason -> !reason.isBlank()).isPresent()).isTrue();
    }

    @Property(tries = 500)
    void aMistypedCheckDigitIsAlwaysRefused(@ForAll("validIins") String iin,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        assertThat(Iin.check(iin).isValid()).isTrue();
        char typo = (char) ('0' + (iin.charAt(11) - '0' + shift) % 10);

        assertThat(Iin.check(iin.substring(0, 11) + typo).isValid()).isFalse();
    }

    @Property(tries = 500)
    void protocolChecksNeverThrowAndWhatPassesAddsUp(@ForAll("figures") ProtocolFigures figures) {
        List<String> ballot = List.of("1", "2", "3");

        boolean passes = ProtocolChecks.passes(figures, ballot);

        if (passes) {
            long votes = figures.candidateVotes().values().stream().mapToLong(Long::longValue).sum();
            assertThat(figures.ballotsIssued() + figures.ballotsCancelled()).isEqualTo(figures.ballotsReceived());
            assertThat(figures.ballotsFound()).isLessThanOrEqualTo(figures.ballotsIssued());
            assertThat(figures.invalidBallots() + votes + figures.againstAll()).isEqualTo(figures.ballotsFound());
            assertThat(figures.ballotsIssued()).isLessThanOrEqualTo(figures.votersOnList());
        }
    }

    @Provide
    Arbitrary<String> csvLike() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.integers().between(-5, 120_000).map(String::valueOf),
                Arbitraries.strings().withCharRange('0', '9').ofMaxLength(12),
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of("Мектеп №1", "Клуб", "", " ", "\"", "\u0000", "\u202E", ";", ",", "\n"));
        Arbitrary<String> line = cell.list().ofMinSize(0).ofMaxSize(5).map(cells -> String.join(";", cells));
        return line.list().ofMaxSize(8).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> validIins() {
        Arbitrary<java.time.LocalDate> birthDates = Arbitraries.integers().between(0, 36_000)
                .map(days -> java.time.LocalDate.of(1930, 1, 1).plusDays(days));
        Arbitrary<String> serial = Arbitraries.strings().withCharRange('0', '9').ofLength(4);
        return net.jqwik.api.Combinators.combine(birthDates, serial, Arbitraries.of(0, 1))
                .as((birth, digits, female) -> birth.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"))
                        + (birth.getYear() < 2000 ? 3 + female : 5 + female) + digits)
                .map(InputPropertiesTest::withCheckDigit)
                .filter(iin -> iin != null);
    }

    @Provide
    Arbitrary<ProtocolFigures> figures() {
        Arbitrary<Long> count = Arbitraries.oneOf(Arbitraries.longs().between(0, 2_000),
                Arbitraries.longs().between(-10, 10), Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE),
                Arbitraries.just(null));
        Arbitrary<Map<String, Long>> votes = count.list().ofSize(3).map(values -> {
            Map<String, Long> map = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                map.put(String.valueOf(i + 1), values.get(i));
            }
            return map;
        });
        return net.jqwik.api.Combinators.combine(count, count, count, count, count, count, count, votes)
                .as((voters, received, station, home, cancelled, found, invalid, candidateVotes) ->
                        new ProtocolFigures(voters, received, station, home, cancelled, found, invalid,
                                candidateVotes, found == null || invalid == null ? 0L : Math.max(0, found - invalid)));
    }

    /** The IIN check digit as docs/RULES.md defines it; null where both passes give 10 (no valid IIN). */
    private static String withCheckDigit(String first11) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (i + 1) * (first11.charAt(i) - '0');
        }
        int digit = sum % 11;
        if (digit == 10) {
            int[] weights = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
            sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += weights[i] * (first11.charAt(i) - '0');
            }
            digit = sum % 11;
            if (digit == 10) {
                return null;
            }
        }
        return first11 + digit;
    }
}
