package kz.election.audit;

/**
 * The head of an election's protocol chain as the application signed it: an observer keeps it, and a
 * later chain whose link {@code length} no longer has the digest {@code lastDigest} was rewritten
 * (GET /api/elections/{n}/verify?length=&amp;digest= says so too). {@code payload} is exactly the text
 * signed (UTF-8), {@code signature} its Ed25519 signature, {@code publicKey} the X.509 (SubjectPublicKeyInfo)
 * encoding of the key, base64, and {@code keyId} the first 16 hex digits of the SHA-256 of that encoding.
 */
public record SignedChainHead(String electionNumber, int length, String lastDigest, String signedAt,
                              String algorithm, String keyId, String publicKey, String payload, String signature) {
}
