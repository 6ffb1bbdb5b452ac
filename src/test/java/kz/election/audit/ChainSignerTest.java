package kz.election.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The key that signs chain heads comes from configuration; only the demo profile and tests may make one up. */
class ChainSignerTest {

    @Test
    void signsWithTheConfiguredKeyAndPublishesItsPublicKey() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String pkcs8 = Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded());
        String expectedPublic = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());

        ChainSigner signer = new ChainSigner(new ChainSigningProperties(pkcs8, false));

        assertThat(signer.publicKey()).isEqualTo(expectedPublic);
        assertThat(signer.keyId()).hasSize(16).isEqualTo(ChainSigner.keyId(keys.getPublic()));
        String signature = signer.sign("{\"length\":3}");
        assertThat(ChainSigner.verify(expectedPublic, "{\"length\":3}", signature)).isTrue();
        assertThat(ChainSigner.verify(expectedPublic, "{\"length\":4}", signature)).isFalse();
        // the same key in another node signs identically (Ed25519 is deterministic)
        assertThat(new ChainSigner(new ChainSigningProperties(pkcs8, false)).sign("{\"length\":3}")).isEqualTo(signature);
    }

    @Test
    void withoutAKeyTheStartStopsNamingTheSettingUnlessGenerationIsAllowed() {
        assertThatThrownBy(() -> new ChainSigner(new ChainSigningProperties("", false)))
                .hasMessageContaining("election.chain.signing-key").hasMessageContaining("ELECTION_CHAIN_SIGNING_KEY");
        assertThatThrownBy(() -> new ChainSigner(new ChainSigningProperties("bm90IGEga2V5", false)))
                .hasMessageContaining("is not a base64 PKCS#8 Ed25519 private key");
        ChainSigner generated = new ChainSigner(new ChainSigningProperties(null, true));
        assertThat(ChainSigner.verify(generated.publicKey(), "x", generated.sign("x"))).isTrue();
    }
}
