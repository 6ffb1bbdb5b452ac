package kz.election.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed logins from one client address are slowed down ({@link LoginGuard}). The first
 * {@code freeFailures} cost nothing (a commission office behind one address mistypes too); each further
 * failure doubles the wait from {@code firstDelay} up to {@code maxDelay}; an address that has not failed
 * for {@code forgetAfter} starts again from nothing.
 */
@ConfigurationProperties("election.security.login-throttle")
public record LoginThrottleSettings(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

    public LoginThrottleSettings {
        if (freeFailures < 0) {
            throw new IllegalArgumentException("election.security.login-throttle.free-failures must not be negative");
        }
        firstDelay = firstDelay == null ? Duration.ofSeconds(1) : firstDelay;
        maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
        forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
        if (forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException(
                    "election.security.login-throttle.forget-after must not be shorter than max-delay");
        }
    }
}
