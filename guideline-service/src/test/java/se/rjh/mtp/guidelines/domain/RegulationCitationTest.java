package se.rjh.mtp.guidelines.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.guidelines.RegulationFramework;
import se.rjh.mtp.api.guidelines.RegulationReference;

class RegulationCitationTest {

    private static final RegulationReference MDR_5_5 = new RegulationReference(RegulationFramework.MDR, "5(5)");
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
        assertThatThrownBy(() -> RegulationCitation.validate("regulationReferences[0]",
                new RegulationReference(RegulationFramework.MDR, "fem")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("regulationReferences[0].provision");
    }
}
