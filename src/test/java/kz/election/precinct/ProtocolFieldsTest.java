package kz.election.precinct;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import kz.election.protocol.ProtocolFields;
import kz.election.protocol.ProtocolFigures;
import org.junit.jupiter.api.Test;

class ProtocolFieldsTest {

    @Test
    void stableFieldNamesAreTheComponentNamesOfTheProtocol() {
        // Forms mark lines by these names; renaming a record component must not silently break them.
        assertThat(Arrays.stream(ProtocolFigures.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly(
                        ProtocolFields.VOTERS_ON_LIST,
                        ProtocolFields.BALLOTS_RECEIVED,
                        ProtocolFields.BALLOTS_ISSUED_AT_STATION,
                        ProtocolFields.BALLOTS_ISSUED_AT_HOME,
                        ProtocolFields.BALLOTS_CANCELLED,
                        ProtocolFields.BALLOTS_FOUND,
                        ProtocolFields.INVALID_BALLOTS,
                        ProtocolFields.CANDIDATE_VOTES,
                        ProtocolFields.AGAINST_ALL);
    }

    @Test
    void candidateLineIsNamedByRegistrationNumber() {
        assertThat(ProtocolFields.candidateVotes("3")).isEqualTo("candidateVotes[3]");
    }
}
