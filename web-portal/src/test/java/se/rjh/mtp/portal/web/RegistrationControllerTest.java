package se.rjh.mtp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static se.rjh.mtp.portal.web.Browser.registrar;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.cases.DeviceMarking;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.cases.Registration;

@PortalWebMvcTest
class RegistrationControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseGateway cases;

    @BeforeEach
    void aReceivedCase() {
        when(cases.get("c-1")).thenReturn(Pages.caseIn("c-1", CaseStep.RECEIVED, null));
    }

    @Test
    void aDeviceNamedInPartGetsAnErrorForEachMissingPartBeforeTheCheckPage() throws Exception {
        String page = registrar(mvc).page(post("/arenden/c-1/registrering").param("classification", "2.3.1")
                        .param("deviceName", "DD-40").param("secret", "false"));

        assertThat(page).contains("href=\"#deviceManufacturer\"", "href=\"#deviceModel\"", "href=\"#deviceClass\"",
                "href=\"#deviceMarking\"", "id=\"deviceClass-error\"").doesNotContain("href=\"#deviceName\"",
                "Kontrollera uppgifterna");
    }

    @Test
    void validAnswersAreCheckedFirstAndOnlyTheConfirmationRegisters() throws Exception {
        String check = registrar(mvc).page(post("/arenden/c-1/registrering").param("classification", "2.3.1")
                        .param("secret", "true").param("secrecyProvision", "25 kap. 1 § OSL"));
        assertThat(check).contains("Kontrollera uppgifterna innan du registrerar", "Markerat enligt 25 kap. 1 § OSL",
                "action=\"/arenden/c-1/registrering/bekrafta\"",
                // The heading: the case's subject above the title.
                "<h1 class=\"govuk-heading-l\">Kontrollera uppgifterna innan du registrerar</h1>");
        verify(cases, never()).register(any(), any());

        when(cases.register(eq("c-1"), any())).thenReturn("MTP/7/2026");
        registrar(mvc).send(post("/arenden/c-1/registrering/bekrafta").param("classification", "2.3.1")
                        .param("deviceName", "DD-40").param("deviceManufacturer", "Steriltek AB")
                        .param("deviceModel", "40")
                        .param("deviceClass", "MDR_IIA").param("deviceMarking", "CE_MARKED").param("secret", "false")
                        .param("secrecyProvision", ""))
                .andExpect(redirectedUrl("/arenden/c-1")).andExpect(flash().attribute("bannerArgument", "MTP/7/2026"));
        verify(cases).register("c-1", new Registration("2.3.1",
                new Device("DD-40", "Steriltek AB", "40", null, DeviceClass.MDR_IIA, DeviceMarking.CE_MARKED), null));
    }
}
