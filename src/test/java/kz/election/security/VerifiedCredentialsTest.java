package kz.election.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    @Test
    void aVerifiedPairIsTrustedAgainWithItsGroupsAndNothingElseIs() {
        VerifiedCredentials credentials = started(Duration.ofMinutes(1));
        credentials.remember("demo-tec", "right password", List.of("tec-staff"));

        assertThat(credentials.groupsOf("demo-tec", "right password")).contains(List.of("tec-staff"));
        assertThat(credentials.groupsOf("demo-tec", "right passwor")).isEmpty();
        assertThat(credentials.groupsOf("demo-tec", "right password ")).isEmpty();
        assertThat(credentials.groupsOf("demo-pec", "right password")).isEmpty();
        // the separator cannot be forged: user "a" with password "\0b..." is not user "a\0b"
        credentials.remember("a", "b", List.of("admins"));
        assertThat(credentials.groupsOf("a\u0000", "b")).isEmpty();
    }

    @Test
    void nothingIsRememberedBeforeTheApplicationIsReadyAndReadinessForgetsEverything() {
        // the server answers while the start-up listeners still add demo users to their groups
        VerifiedCredentials credentials = new VerifiedCredentials(Duration.ofMinutes(1));
        credentials.remember("demo-admins", "right password", List.of("admins"));
        assertThat(credentials.groupsOf("demo-admins", "right password")).isEmpty();

        credentials.applicationReady();
        credentials.remember("demo-admins", "right password", List.of("admins", "camunda-admin"));
        assertThat(credentials.groupsOf("demo-admins", "right password")).contains(List.of("admins", "camunda-admin"));
    }

    @Test
    void withoutATimeToLiveNothingIsRemembered() {
        VerifiedCredentials credentials = started(Duration.ZERO);
        credentials.remember("demo-tec", "right password", List.of("tec-staff"));

        assertThat(credentials.groupsOf("demo-tec", "right password")).isEmpty();
    }

    @Test
    void twoInstancesNeverShareKeys() {
        // the pepper is drawn at start: a key learnt from one node's memory is useless elsewhere
        VerifiedCredentials one = started(Duration.ofMinutes(1));
        VerifiedCredentials other = started(Duration.ofMinutes(1));
        one.remember("demo-tec", "right password", List.of("tec-staff"));

        assertThat(other.groupsOf("demo-tec", "right password")).isEmpty();
    }

    private static VerifiedCredentials started(Duration ttl) {
        VerifiedCredentials credentials = new VerifiedCredentials(ttl);
        credentials.applicationReady();
        return credentials;
    }
}
