package se.rjh.mtp.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecrecyTest {

    @Test
    void encryptedTextIsShownAsTheMaskAndEverythingElseAsItIs() {
        assertThat(Secrecy.isEncrypted("enc:v1:AAEC")).isTrue();
        assertThat(Secrecy.isEncrypted("Klartext som nämner enc:v1:")).isFalse();
        assertThat(Secrecy.isEncrypted(null)).isFalse();
        assertThat(Secrecy.display("enc:v1:AAEC")).isEqualTo("[Skyddat]");
        assertThat(Secrecy.display("Klartext")).isEqualTo("Klartext");
        assertThat(Secrecy.display(null)).isNull();
    }

    @Test
    void caseOfficerChairAuditorAndAdminReadProtectedText() {
        for (String role : List.of("ROLE_CASE_OFFICER", "LSG_CHAIR", "ROLE_AUDITOR", "ROLE_ADMIN")) {
            assertThat(Secrecy.mayReadProtected(List.of(role))).as(role).isTrue();
        }
        assertThat(Secrecy.mayReadProtected(List.of("ROLE_REGISTRAR", "ROLE_LAG_MEMBER"))).isFalse();
        assertThat(Secrecy.mayReadProtected(null)).isFalse();
    }
}
