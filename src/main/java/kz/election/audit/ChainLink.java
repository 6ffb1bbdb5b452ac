package kz.election.audit;

import java.time.OffsetDateTime;

/**
 * One link of an election's protocol chain as published: {@code digest} = SHA-256 of {@code canonical},
 * which ends with {@code previousDigest}.
 */
public record ChainLink(
        int position,
        long protocolId,
        int precinctNumber,
        int version,
        String canonical,
        String previousDigest,
        String digest,
        OffsetDateTime linkedAt) {
}
