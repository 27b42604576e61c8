package se.rjh.mtp.cases.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import se.rjh.mtp.platform.security.UnsafeProductionSettingException;

class EnvelopeCipherTest {

    private static final String MASTER = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void textRoundTripsUnderItsCasesKeyOnly() {
        EnvelopeCipher cipher = new EnvelopeCipher(MASTER);
        SecretKey key = cipher.unwrap(cipher.wrap(EnvelopeCipher.newDataKey(), "c1"), "c1");
        String sealed = EnvelopeCipher.encrypt(key, "c1", "Hemlig text");
        assertThat(sealed).startsWith("enc:v1:").doesNotContain("Hemlig");
        assertThat(EnvelopeCipher.encrypt(key, "c1", "Hemlig text")).isNotEqualTo(sealed);
        assertThat(EnvelopeCipher.decrypt(key, "c1", sealed)).isEqualTo("Hemlig text");
        assertThatThrownBy(() -> EnvelopeCipher.decrypt(key, "c2", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> EnvelopeCipher.decrypt(EnvelopeCipher.newDataKey(), "c1", sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theMasterKeyMustBe256BitsAndNotTheLocalDefaultInProduction() {
        assertThatThrownBy(() -> new EnvelopeCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new EnvelopeCipher("not base64!")).hasMessageContaining("base64");
        assertThat(Base64.getDecoder().decode(SecrecyProperties.LOCAL_MASTER_KEY)).hasSize(32);
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new CaseKeys(null, prod, new SecrecyProperties(SecrecyProperties.LOCAL_MASTER_KEY)))
                .isInstanceOf(UnsafeProductionSettingException.class)
                .hasMessageContaining("MTP_SECRECY_MASTER_KEY");
    }
}
