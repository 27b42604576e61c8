package se.rjh.mtp.guidelines.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.rjh.mtp.guidelines.domain.GuidelineFixtures.MDR_5_5;

import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.guidelines.RegulationFramework;
import se.rjh.mtp.api.guidelines.RegulationReference;

class RegulationCitationTest {

    private static final RegulationReference HSLF_5 = new RegulationReference(RegulationFramework.HSLF_FS_2021_52, "5");

    @Test
    void anArticleCoversItsParagraphsButNotOtherArticles() {
        assertThat(RegulationCitation.covers("MDR Art. 5(5)", MDR_5_5)).isTrue();
        assertThat(RegulationCitation.covers("mdr artikel 5", MDR_5_5)).isTrue();
        assertThat(RegulationCitation.covers("MDR", MDR_5_5)).isTrue();
        assertThat(RegulationCitation.covers("MDR Art. 52", MDR_5_5)).isFalse();
        assertThat(RegulationCitation.covers("IVDR Art. 5", MDR_5_5)).isFalse();
        assertThat(RegulationCitation.covers("HSLF-FS 2021:52 kap. 5", HSLF_5)).isTrue();
        assertThat(RegulationCitation.covers("HSLF-FS 2021:52 kap. 50", HSLF_5)).isFalse();
    }

    @Test
    void malformedProvisionsAreRefusedNamingTheField() {
        assertRefusedNaming("regulationReferences[0].provision", () -> RegulationCitation.validate(
                "regulationReferences[0]", new RegulationReference(RegulationFramework.MDR, "fem")));
    }

    @Test
    void freeTextCitationsFollowTheTextRule() {
        assertRefusedNaming("regulationReferences[1].provision", () -> RegulationCitation.validate(
                "regulationReferences[1]", new RegulationReference(RegulationFramework.OTHER, "Patient 19121212-1212")));
        RegulationCitation.validate("r", new RegulationReference(RegulationFramework.OTHER, "x".repeat(TextRules.LINE)));
    }

    @Test
    void aGuidelineCitesAtMostFiftyRegulationsEachOnce() {
        assertThat(RegulationCitation.checked(List.of(MDR_5_5, new RegulationReference(RegulationFramework.MDR, " 5(5) "))))
                .containsExactly(MDR_5_5);
        List<RegulationReference> tooMany = IntStream.rangeClosed(1, RegulationCitation.MAX_REFERENCES + 1)
                .mapToObj(i -> new RegulationReference(RegulationFramework.MDR, String.valueOf(i))).toList();
        assertRefusedNaming("regulationReferences", () -> RegulationCitation.checked(tooMany));
    }

    private static void assertRefusedNaming(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
