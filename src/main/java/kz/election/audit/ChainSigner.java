package kz.election.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Signs chain heads with the installation's Ed25519 key (the JDK's own, no library). The public key is
 * derived from the private one, so configuration holds one secret only, and is published with every head.
 */
@Component
public class ChainSigner {

    public static final String ALGORITHM = "Ed25519";

    private static final Logger LOG = LoggerFactory.getLogger(ChainSigner.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    public ChainSigner(ChainSigningProperties properties) {
        KeyPair keys;
        if (StringUtils.hasText(properties.signingKey())) {
            keys = fromPrivateKey(properties.signingKey().strip());
        } else if (properties.generateKey()) {
            keys = generate();
            LOG.info("Chain heads are signed with a key generated at this start (demo and tests only): "
                    + "Ed25519 public key {} (key id {})", base64(keys.getPublic()), keyId(keys.getPublic()));
        } else {
            throw new IllegalStateException("No key signs the published protocol chain heads: set "
                    + "election.chain.signing-key (environment variable ELECTION_CHAIN_SIGNING_KEY) to a base64 "
                    + "PKCS#8 Ed25519 private key, e.g. `openssl genpkey -algorithm ed25519 -outform DER | base64 -w0` "
                    + "(README, \"Production settings\")");
        }
        this.privateKey = keys.getPrivate();
        this.publicKey = keys.getPublic();
        this.keyId = keyId(publicKey);
    }

    public String keyId() {
        return keyId;
    }

    /** The public key, X.509 (SubjectPublicKeyInfo) encoded, base64: what observers verify with. */
    public String publicKey() {
        return base64(publicKey);
    }

    /** The Ed25519 signature of the payload's UTF-8 bytes, base64. */
    public String sign(String payload) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a chain head", e);
        }
    }

    /** What an observer does with a head they hold: true when the signature is the key's over the payload. */
    public static boolean verify(String publicKeyBase64, String payload, String signatureBase64) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(payload.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The key pair of a configured private key. Java 17 has no call that derives an Ed25519 public key, so
     * the key pair generator is run on the private key's own 32 bytes (RFC 8032: the private key is that
     * seed) and the result is checked to be the configured key.
     */
    static KeyPair fromPrivateKey(String base64Pkcs8) {
        byte[] seed;
        try {
            PrivateKey configured = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64Pkcs8)));
            seed = ((EdECPrivateKey) configured).getBytes().orElseThrow();
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("election.chain.signing-key (ELECTION_CHAIN_SIGNING_KEY) is not a base64 "
                    + "PKCS#8 Ed25519 private key: " + e.getMessage(), e);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
                }
            });
            KeyPair keys = generator.generateKeyPair();
            if (!Arrays.equals(((EdECPrivateKey) keys.getPrivate()).getBytes().orElseThrow(), seed)) {
                throw new IllegalStateException("cannot derive the public key of election.chain.signing-key");
            }
            return keys;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
