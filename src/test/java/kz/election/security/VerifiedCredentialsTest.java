package kz.election.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    @Test
    void aVerifiedPairIsTrustedAgainWithItsGroupsAndNothingElseIs() {
        VerifiedCredentials credentials = new VerifiedCredentials(Duration.ofMinutes(1));
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
    void withoutATimeToLiveNothingIsRemembered() {
        VerifiedCredentials credentials = new VerifiedCredentials(Duration.ZERO);
        credentials.remember("demo-tec", "right password", List.of("tec-staff"));

        assertThat(credentials.groupsOf("demo-tec", "right password")).isEmpty();
    }

    @Test
    void twoInstancesNeverShareKeys() {
        // the pepper is drawn at start: a key learnt from one node's memory is useless elsewhere
        VerifiedCredentials one = new VerifiedCredentials(Duration.ofMinutes(1));
        VerifiedCredentials other = new VerifiedCredentials(Duration.ofMinutes(1));
        one.remember("demo-tec", "right password", List.of("tec-staff"));

        assertThat(other.groupsOf("demo-tec", "right password")).isEmpty();
    }
}
