package kz.election.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * REST credentials that the identity service accepted a moment ago, with the user's groups and tenants. Every
 * /api and /engine-rest call carries its credentials; checking each against Camunda's user table
 * (a salted SHA-512 and three queries) cost as much CPU on election night as the protocol itself
 * (bench/README.md, profile). A verified pair is trusted again for {@code ttl}; a failed check is never
 * remembered, so guessing gets no faster. A changed password or group membership therefore takes
 * effect within {@code ttl} (default 30 s), which the README states, as Camunda's own webapps hold a
 * login's groups for a while (their authentication cache). Nothing is remembered before the
 * application is ready: until then the start-up listeners may still be creating groups and members.
 *
 * <p>The password itself is never kept: the key is a SHA-256 of it with a random pepper drawn at start,
 * so neither a heap dump nor another node can turn a key back into a password.
 */
@Component
class VerifiedCredentials {

    private final Cache<String, Identity> verified;
    private final byte[] pepper = new byte[32];
    /** The server answers before the start-up listeners (AccessSetup, DemoUsers) have set up every group. */
    private volatile boolean started;

    VerifiedCredentials(@Value("${election.security.verified-credentials-ttl:PT30S}") Duration ttl) {
        new SecureRandom().nextBytes(pepper);
        this.verified = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    /** A user's groups and tenants as the identity service gave them. */
    record Identity(List<String> groups, List<String> tenants) {
        Identity {
            groups = List.copyOf(groups);
            tenants = List.copyOf(tenants);
        }
    }

    /** The groups and tenants of {@code userId} if this very password was verified within the time to live. */
    Optional<Identity> identityOf(String userId, String password) {
        return Optional.ofNullable(verified.getIfPresent(key(userId, password)));
    }

    /** Remembers a pair the identity service has just accepted, once the application has started. */
    void remember(String userId, String password, Identity identity) {
        if (started) {
            verified.put(key(userId, password), identity);
        }
    }

    /** From now on groups stay as they are unless an administrator changes them. */
    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() {
        started = true;
        verified.invalidateAll();
    }

    private String key(String userId, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(pepper);
            sha256.update(password.getBytes(StandardCharsets.UTF_8));
            return userId + '\u0000' + HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
