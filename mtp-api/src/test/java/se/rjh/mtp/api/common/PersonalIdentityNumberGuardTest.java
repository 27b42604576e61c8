package se.rjh.mtp.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PersonalIdentityNumberGuardTest {

    // Skatteverket's published test numbers and their spellings.
    @ParameterizedTest
    @ValueSource(strings = {
            "191212121212", "19121212-1212", "121212-1212", "1212121212", "121212+1212",
            "Patienten 19121212-1212 föll", "pnr:201212121212.", "(121212-1212)",
            "197001011233", "700101-1233",
            // samordningsnummer: day + 60
            "701063-2391", "197010632391"})
    void refusesValidNumbers(String text) {
        assertThat(PersonalIdentityNumberGuard.containsPersonalIdentityNumber(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "19121212-1213", // wrong check digit
            "121312-1212",   // month 13
            "121232-1219",   // day 32
            "070-123 45 67", "+46 70 123 45 67", "063-14 30 00", "+46701234567",
            "2026-11-27", "20261127", "Art.nr 123456-78", "REF 4711-0815",
            "(01)07350012345678", "07350012345678", "UDI 00843197125347",
            "1234567890123", "ordinary text without numbers",
            // a random id whose middle reads like 011087-7586 (valid date and check digit)
            "ea011087-7586-4c1e-9a2b-3f4d5e6f7a8b"})
    void letsLookAlikesPass(String text) {
        assertThat(PersonalIdentityNumberGuard.containsPersonalIdentityNumber(text)).isFalse();
    }

    @Test
    void refusalNamesTheFieldButNotTheNumber() {
        assertThatThrownBy(() -> PersonalIdentityNumberGuard.check("description", "gäller 19121212-1212"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageNotContaining("1212")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("description"));
    }

    @Test
    void luhnMatchesTheKnownCheckDigit() {
        assertThat(PersonalIdentityNumberGuard.luhnValid("8112189876")).isTrue();
        assertThat(PersonalIdentityNumberGuard.luhnValid("8112189875")).isFalse();
    }
}
