package kz.election.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canonical form and digest of a chain link, checked against digests computed outside Java (sha256sum). */
class ProtocolDigestTest {

    static final String GENESIS = "33571b4d34c575cf086b36d4985f4f19b477c307343228efa2bf4d87281ae388";

    @Test
    void theGenesisIsTheSha256OfTheElectionNumber() {
        // printf '%s' 'genesis/2026-RUR-0001' | sha256sum
        assertThat(ProtocolDigest.genesis("2026-RUR-0001")).isEqualTo(GENESIS);
    }

    @Test
    void theCanonicalFormHasAFixedKeyOrderAndVotesSortedByRegistrationNumber() {
        assertThat(ProtocolDigest.canonical(facts(), GENESIS)).isEqualTo("{\"election\":\"2026-RUR-0001\",\"precinct\":1,"
                + "\"version\":1,\"votersOnList\":812,\"ballotsReceived\":700,\"ballotsIssuedAtStation\":500,"
                + "\"ballotsIssuedAtHome\":20,\"ballotsCancelled\":180,\"ballotsFound\":515,\"invalidBallots\":5,"
                + "\"againstAll\":60,\"votes\":{\"C-1\":300,\"C-2\":150},\"acceptedBy\":\"demo-tec\","
                + "\"acceptedAt\":\"2026-09-13T16:00:00.123456Z\",\"previous\":\"" + GENESIS + "\"}");
        // printf '%s' "<the canonical form above>" | sha256sum
        assertThat(ProtocolDigest.digest(facts(), GENESIS))
                .isEqualTo("d26feadd18ab75ebdd9dee42a7ac0b2d93f9883003f5361409e525441f8ad458");
    }

    @ParameterizedTest(name = "{0} = {1} changes the digest")
    @CsvSource({
            "precinct, 2",
            "version, 2",
            "votersOnList, 813",
            "ballotsReceived, 701",
            "ballotsIssuedAtStation, 499",
            "ballotsIssuedAtHome, 21",
            "ballotsCancelled, 179",
            "ballotsFound, 516",
            "invalidBallots, 4",
            "againstAll, 61",
            "votes.C-1, 301",
            "votes.C-2, 149",
            "votes.C-3, 0",
            "acceptedBy, demo-tec2",
            "acceptedAt, 2026-09-13T16:00:00.123457Z",
            "previous, 0000000000000000000000000000000000000000000000000000000000000000",
            "election, 2026-RUR-0002",
    })
    void everyPartOfTheProtocolAndThePreviousDigestIsHashed(String field, String value) {
        ProtocolDigest.Facts f = facts();
        Map<String, Long> figures = new LinkedHashMap<>(f.figures());
        Map<String, Long> votes = new LinkedHashMap<>(f.votes());
        String previous = GENESIS;
        String election = f.electionNumber();
        int precinct = f.precinctNumber();
        int version = f.version();
        String acceptedBy = f.acceptedBy();
        Instant acceptedAt = f.acceptedAt();
        switch (field) {
            case "precinct" -> precinct = Integer.parseInt(value);
            case "version" -> version = Integer.parseInt(value);
            case "acceptedBy" -> acceptedBy = value;
            case "acceptedAt" -> acceptedAt = Instant.parse(value);
            case "previous" -> previous = value;
            case "election" -> election = value;
            default -> {
                if (field.startsWith("votes.")) {
                    votes.put(field.substring(6), Long.parseLong(value));
                } else {
                    assertThat(figures).containsKey(field);
                    figures.put(field, Long.parseLong(value));
                }
            }
        }
        ProtocolDigest.Facts changed = new ProtocolDigest.Facts(election, precinct, version, figures, votes,
                acceptedBy, acceptedAt);

        assertThat(ProtocolDigest.digest(changed, previous)).isNotEqualTo(ProtocolDigest.digest(facts(), GENESIS));
    }

    @Test
    void theOrderInWhichVotesAreGivenDoesNotMatter() {
        ProtocolDigest.Facts f = facts();
        Map<String, Long> reversed = new LinkedHashMap<>();
        reversed.put("C-1", 300L);
        reversed.put("C-2", 150L);
        ProtocolDigest.Facts same = new ProtocolDigest.Facts(f.electionNumber(), f.precinctNumber(), f.version(),
                f.figures(), reversed, f.acceptedBy(), f.acceptedAt());

        assertThat(ProtocolDigest.digest(same, GENESIS)).isEqualTo(ProtocolDigest.digest(f, GENESIS));
    }

    static ProtocolDigest.Facts facts() {
        Map<String, Long> figures = new LinkedHashMap<>();
        long[] values = {812, 700, 500, 20, 180, 515, 5, 60};
        for (int i = 0; i < values.length; i++) {
            figures.put(ProtocolDigest.FIGURES[i], values[i]);
        }
        Map<String, Long> votes = new LinkedHashMap<>();
        votes.put("C-2", 150L);
        votes.put("C-1", 300L);
        return new ProtocolDigest.Facts("2026-RUR-0001", 1, 1, figures, votes, "demo-tec",
                Instant.parse("2026-09-13T16:00:00.123456Z"));
    }
}
