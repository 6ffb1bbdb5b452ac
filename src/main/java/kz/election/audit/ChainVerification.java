package kz.election.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** The result of recomputing an election's chain from the stored protocols; {@code firstBreak} is null when intact. */
public record ChainVerification(String electionNumber, boolean intact, int length, String headDigest,
                                Break firstBreak, OffsetDateTime verifiedAt) {

    /**
     * Where the chain stops holding: the link's position, the protocol it stands for, what is wrong and,
     * when the protocol itself was changed, which of its fields differ from what was accepted.
     */
    public record Break(Integer position, Long protocolId, Integer precinctNumber, Integer version, String problem,
                        List<String> changedFields) {

        public Break {
            changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
        }
    }
}
