package se.rjh.mtp.groups.distribution.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.platform.security.UnsafeProductionSettingException;

/** The link's token: the same every time, readable only with the key, for its own unit, until it expires. */
class AcknowledgementLinksTest {

    static final LocalDate DUE = LocalDate.of(2026, 5, 4);
    static final String KEY = "a-test-key-that-is-long-enough-for-prod-0123456789";

    private static AcknowledgementLinks links(String key, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new AcknowledgementLinks(new LinkProperties(key, "https://mtp.region.se/", Period.ofDays(10)), environment);
    }

    @Test
    void aTokenIsRecomputedAlikeAndNamesItsDistributionUnitAndLastDay() {
        AcknowledgementLinks links = links(KEY);
        String token = links.tokenFor("d1", "u1", DUE);
        assertThat(links.tokenFor("d1", "u1", DUE)).isEqualTo(token);
        assertThat(links.tokenFor("d1", "u2", DUE)).isNotEqualTo(token);
        assertThat(links.linkFor("d1", "u1", DUE)).isEqualTo("https://mtp.region.se/kvittens/" + token);
        assertThat(links.verify(token, DUE.plusDays(10)))
                .isEqualTo(new AcknowledgementLinks.Verified("d1", "u1", DUE.plusDays(10)));
    }

    @Test
    void anExpiredTamperedOrForeignTokenIsRefusedNamingTheToken() {
        AcknowledgementLinks links = links(KEY);
        String token = links.tokenFor("d1", "u1", DUE);
        assertThatThrownBy(() -> links.verify(token, DUE.plusDays(11))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expired").extracting(e -> ((InvalidInputException) e).field()).isEqualTo("token");
        String otherKey = links(KEY + "x").tokenFor("d1", "u1", DUE);
        String flipped = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        for (String bad : new String[] {otherKey, flipped, "", ".", "abc", token + ".x", "!!!.???"}) {
            assertThatThrownBy(() -> links.verify(bad, DUE)).as(bad).isInstanceOf(InvalidInputException.class)
                    .hasMessage("is not a valid acknowledgement link");
        }
    }

    @Test
    void theProdProfileRefusesTheLocalOrAShortKey() {
        assertThatThrownBy(() -> links(null, "prod")).isInstanceOf(UnsafeProductionSettingException.class)
                .hasMessageContaining("MTP_DISTRIBUTION_SIGNING_KEY");
        assertThatThrownBy(() -> links("short-key", "prod")).isInstanceOf(UnsafeProductionSettingException.class);
        assertThat(links(KEY, "prod").tokenFor("d1", "u1", DUE)).isNotBlank();
        assertThat(links(null).tokenFor("d1", "u1", DUE)).isNotBlank(); // locally the default key serves
    }
}
