package kz.election.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that signs the published chain heads: a base64 PKCS#8 Ed25519 private key,
 * given through the environment ({@code ELECTION_CHAIN_SIGNING_KEY}), never in the repository. Only the
 * demo profile and the tests may generate one at start ({@code generate-key}); elsewhere a missing key
 * stops the start.
 */
@ConfigurationProperties("election.chain")
public record ChainSigningProperties(String signingKey, boolean generateKey) {
}
