package kz.election.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    @Test
    void aVerifiedPairIsTrustedAgainWithItsGroupsAndTenantsAndNothingElseIs() {
        VerifiedCredentials credentials = started(Duration.ofMinutes(1));
        credentials.remember("demo-tec", "right password", identity("tec-staff"));

        assertThat(credentials.identityOf("demo-tec", "right password")).contains(identity("tec-staff"));
        assertThat(credentials.identityOf("demo-tec", "right passwor")).isEmpty();
        assertThat(credentials.identityOf("demo-tec", "right password ")).isEmpty();
        assertThat(credentials.identityOf("demo-pec", "right password")).isEmpty();
        // the separator cannot be forged: user "a" with password "\0b..." is not user "a\0b"
        credentials.remember("a", "b", identity("admins"));
        assertThat(credentials.identityOf("a\u0000", "b")).isEmpty();
    }

    @Test
    void nothingIsRememberedBeforeTheApplicationIsReadyAndReadinessForgetsEverything() {
        // the server answers while the start-up listeners still add demo users to their groups
        VerifiedCredentials credentials = new VerifiedCredentials(Duration.ofMinutes(1));
        credentials.remember("demo-admins", "right password", identity("admins"));
        assertThat(credentials.identityOf("demo-admins", "right password")).isEmpty();

        credentials.applicationReady();
        credentials.remember("demo-admins", "right password", identity("admins", "camunda-admin"));
        assertThat(credentials.identityOf("demo-admins", "right password")).contains(identity("admins", "camunda-admin"));
    }

    @Test
    void withoutATimeToLiveNothingIsRemembered() {
        VerifiedCredentials credentials = started(Duration.ZERO);
        credentials.remember("demo-tec", "right password", identity("tec-staff"));

        assertThat(credentials.identityOf("demo-tec", "right password")).isEmpty();
    }

    @Test
    void twoInstancesNeverShareKeys() {
        // the pepper is drawn at start: a key learnt from one node's memory is useless elsewhere
        VerifiedCredentials one = started(Duration.ofMinutes(1));
        VerifiedCredentials other = started(Duration.ofMinutes(1));
        one.remember("demo-tec", "right password", identity("tec-staff"));

        assertThat(other.identityOf("demo-tec", "right password")).isEmpty();
    }

    private static VerifiedCredentials.Identity identity(String... groups) {
        return new VerifiedCredentials.Identity(List.of(groups), List.of("TEC-116600000"));
    }

    private static VerifiedCredentials started(Duration ttl) {
        VerifiedCredentials credentials = new VerifiedCredentials(ttl);
        credentials.applicationReady();
        return credentials;
    }
}
