package kz.election.security;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/**
 * A login refused before its password was looked at, because the client address or the account failed
 * too often a moment ago. Answered 429 with Retry-After. An {@link AccountStatusException}, so Spring's
 * ProviderManager passes it on as it is instead of trying another provider.
 */
class LoginThrottledException extends AccountStatusException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins: try again in " + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up: a client that waits exactly this long is let through. */
    long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
