package se.rjh.mtp.portal.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.portal.web.FormSteps.Step;

class FormStepsTest {

    private static Step<ReasonForm, Boolean> step(String path) {
        return Step.of(path, "reasonForm", ReasonForm::new, (id, form, model) -> "page",
                FormSteps.runs((id, form) -> { }), (id, done, next) -> "redirect:/");
    }

    @Test
    void aStepsPathNamesAtMostWhatTheFormIsAbout() {
        assertThatCode(() -> new FormSteps(null, List.of(step("/arenden/ny"), step("/arenden/{id}/avslut"),
                step("/grupper/{groupId}/uppdrag/nytt")))).doesNotThrowAnyException();
        assertThatThrownBy(() -> new FormSteps(null, List.of(step("/arenden/{id}/samverkan/{item}/svar"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{item}");
    }
}
