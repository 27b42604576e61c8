package se.rjh.mtp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/** A service's field refusals land on the form's fields; a field refused for a personal identity number is emptied. */
class ServiceFieldErrorsTest {

    @Test
    void aFieldRefusedForAPersonalIdentityNumberIsEmptiedAndTheOthersKeepTheirValue() {
        DocumentForm form = new DocumentForm();
        form.setName("Bruksanvisning 19121212-1212");
        form.setChecksum("abc");
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "documentForm");

        boolean sent = ServiceFieldErrors.sent(() -> {
            throw new ServiceRefusal(400, "bad input", List.of(
                    new ServiceRefusal.FieldProblem("title", "must not contain a personal identity number"),
                    new ServiceRefusal.FieldProblem("checksum", "must be hex")));
        }, errors, Map.of("title", "name"));

        assertThat(sent).isFalse();
        assertThat(form.getName()).isNull();
        assertThat(form.getChecksum()).isEqualTo("abc");
        assertThat(errors.getFieldError("name").getCode()).isEqualTo("service.personalIdentityNumber");
        assertThat(errors.getFieldError("name").getRejectedValue()).isNull();
        assertThat(errors.getFieldError("checksum").getCode()).isEqualTo("service.rejected");
    }

    @Test
    void aCommandTheServiceTakesLeavesTheFormAlone() {
        DocumentForm form = new DocumentForm();
        form.setName("Bruksanvisning");
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "documentForm");

        assertThat(ServiceFieldErrors.sent(() -> { }, errors)).isTrue();
        assertThat(errors.hasErrors()).isFalse();
        assertThat(form.getName()).isEqualTo("Bruksanvisning");
    }
}
