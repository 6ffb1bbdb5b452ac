package kz.election.precinct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.election.protocol.ProtocolCheck;
import kz.election.protocol.ProtocolFailure;
import kz.election.protocol.ProtocolFields;
import kz.election.protocol.ProtocolFigures;
import kz.election.protocol.RecordedFigure;
import kz.election.protocol.RecordedFigureChecks;
import org.junit.jupiter.api.Test;

class RecordedFigureChecksTest {

    private static final List<RecordedFigure> RECORDS = List.of(
            new RecordedFigure(ProtocolFields.VOTERS_ON_LIST, 1200, "the closed voter list"),
            new RecordedFigure(ProtocolFields.BALLOTS_RECEIVED, 1250, "the ballot transfer act"),
            new RecordedFigure(ProtocolFields.BALLOTS_ISSUED_AT_HOME, 12, "the home-voting register"),
            new RecordedFigure(ProtocolFields.BALLOTS_CANCELLED, 400, "the cancellation act"));

    private static ProtocolFigures entered(Long voters, Long received, Long home, Long cancelled) {
        Map<String, Long> votes = new LinkedHashMap<>();
        votes.put("1", 500L);
        return new ProtocolFigures(voters, received, 838L, home, cancelled, 850L, 10L, votes, 340L);
    }

    @Test
    void blankLinesTheRecordsFixAreTakenFromThem() {
        ProtocolFigures completed = RecordedFigureChecks.completed(entered(null, null, null, null), RECORDS);

        assertThat(completed).isEqualTo(entered(1200L, 1250L, 12L, 400L));
        assertThat(RecordedFigureChecks.check(entered(null, null, null, null), RECORDS)).isEmpty();
    }

    @Test
    void aLineEnteredOtherwiseThanTheRecordIsRefusedNamingTheLineAndTheRecord() {
        List<ProtocolFailure> failures = RecordedFigureChecks.check(entered(1201L, 1250L, 12L, 399L), RECORDS);

        assertThat(failures).extracting(ProtocolFailure::check).containsOnly(ProtocolCheck.FIGURES_MATCH_RECORDS);
        assertThat(failures).extracting(ProtocolFailure::fields)
                .containsExactly(List.of(ProtocolFields.VOTERS_ON_LIST), List.of(ProtocolFields.BALLOTS_CANCELLED));
        assertThat(failures.get(0).message()).isEqualTo("votersOnList is 1201, but the closed voter list has 1200");
        // what was entered stays as entered: the stored protocol shows what the PEC sent
        assertThat(RecordedFigureChecks.completed(entered(1201L, null, null, null), RECORDS).votersOnList())
                .isEqualTo(1201L);
    }

    @Test
    void withoutRecordsEveryLineStaysThePrecinctsToEnter() {
        ProtocolFigures figures = entered(1200L, null, 3L, 7L);

        assertThat(RecordedFigureChecks.completed(figures, List.of())).isEqualTo(figures);
        assertThat(RecordedFigureChecks.check(figures, List.of())).isEmpty();
    }

    @Test
    void aLineOfTheCountOrTwoRecordsOfOneLineAreWiringErrors() {
        assertThatThrownBy(() -> RecordedFigureChecks.check(entered(1L, 1L, 1L, 1L),
                List.of(new RecordedFigure(ProtocolFields.BALLOTS_FOUND, 5, "x"))))
                .hasMessageContaining("ballotsFound is a line of the count");
        assertThatThrownBy(() -> RecordedFigureChecks.completed(entered(1L, 1L, 1L, 1L), List.of(
                new RecordedFigure(ProtocolFields.VOTERS_ON_LIST, 5, "a"),
                new RecordedFigure(ProtocolFields.VOTERS_ON_LIST, 6, "b"))))
                .hasMessageContaining("two records fix votersOnList");
    }
}
