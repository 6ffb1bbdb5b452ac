package kz.election.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a reinstated candidate goes back on a fixed ballot: their place in registration order. */
class BallotRestorationTest {

    @ParameterizedTest(name = "{1} on the ballot {0} goes to position {2}")
    @CsvSource({
            "'',               E-C02, 1",   // the only candidate
            "E-C01,            E-C02, 2",   // after the earlier registration
            "E-C01 E-C03,      E-C02, 2",   // between, in registration order
            "E-C03 E-C04,      E-C02, 1",   // before the later ones
            "E-C01 E-C02x,     E-C05, 3",   // last
    })
    void aRestoredCandidateTakesTheirPlaceInRegistrationOrder(String ballot, String restored, int position) {
        List<BallotEntry> lines = ballot.isBlank() ? List.of() : Arrays.stream(ballot.trim().split("\\s+"))
                .map(number -> new BallotEntry(number, "Candidate " + number, "Party")).toList();
        assertThat(BallotRestoration.placeOf(lines, restored) + 1).isEqualTo(position);
    }
}
