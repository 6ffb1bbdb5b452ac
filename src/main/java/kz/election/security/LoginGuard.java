package kz.election.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing at every door (HTTP Basic on /api and /engine-rest, the webapps' login
 * form) without ever locking an account for good.
 *
 * <ul>
 * <li>Per client address (this node's memory): after {@link LoginThrottleSettings#freeFailures()} failures
 * each further one doubles the wait, up to a maximum; an address quiet for a while is forgotten.
 * <li>Per account: Camunda's own delay after a wrong password (loginDelayBase, loginDelayFactor,
 * loginDelayMaxTime in application.yaml), which lives in the user table and so holds on every node.
 * loginMaxAttempts is set beyond reach there, so the delay never turns into Camunda's permanent lock.
 * An administrator lifts it with Camunda's "unlock" (Admin, or POST /engine-rest/user/{id}/unlock).
 * </ul>
 *
 * A login that must wait is refused before its password is looked at (429 with Retry-After), so waiting
 * is the only way on, and a correct password during the wait teaches a guesser nothing.
 */
@Component
class LoginGuard {

    private record Failures(int count, long lastMillis) {
    }

    private final IdentityService identityService;
    private final LoginThrottleSettings settings;
    /** Bounded, so a client spraying from many addresses cannot fill the heap; entries are small. */
    private final Cache<String, Failures> byAddress;

    LoginGuard(IdentityService identityService, LoginThrottleSettings settings) {
        this.identityService = identityService;
        this.settings = settings;
        this.byAddress = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(settings.forgetAfter()).build();
    }

    /** How long this address or account must wait before its next attempt; empty if it may try now. */
    Optional<Duration> waitBefore(String address, String userId) {
        long now = ClockUtil.getCurrentTime().getTime();
        long wait = Math.max(addressWait(address, now), accountWait(userId, now));
        return wait > 0 ? Optional.of(Duration.ofMillis(wait)) : Optional.empty();
    }

    /** Counts a wrong password or unknown user against the client address. */
    void failed(String address) {
        long now = ClockUtil.getCurrentTime().getTime();
        byAddress.asMap().compute(key(address), (a, before) -> before == null || forgotten(before, now)
                ? new Failures(1, now) : new Failures(before.count() + 1, now));
    }

    /** The wait after {@code failures} failures in a row from one address. */
    Duration delayAfter(int failures) {
        int beyond = failures - settings.freeFailures();
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        if (beyond > 40) {
            return settings.maxDelay();
        }
        Duration delay = settings.firstDelay().multipliedBy(1L << (beyond - 1));
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private long addressWait(String address, long now) {
        Failures failures = byAddress.getIfPresent(key(address));
        if (failures == null || forgotten(failures, now)) {
            return 0;
        }
        return Math.max(0, failures.lastMillis() + delayAfter(failures.count()).toMillis() - now);
    }

    /** Camunda's delay of the account after its last wrong password, read from the user table. */
    private long accountWait(String userId, long now) {
        if (userId == null || userId.isBlank()) {
            return 0;
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user instanceof UserEntity entity && entity.getLockExpirationTime() != null) {
            return Math.max(0, entity.getLockExpirationTime().getTime() - now);
        }
        return 0;
    }

    private boolean forgotten(Failures failures, long now) {
        return now - failures.lastMillis() >= settings.forgetAfter().toMillis();
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
