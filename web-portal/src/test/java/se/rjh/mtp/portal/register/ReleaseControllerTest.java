package se.rjh.mtp.portal.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.rjh.mtp.portal.web.Browser.chair;
import static se.rjh.mtp.portal.web.Browser.officer;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.devices.view.ReleaseCheck;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.web.PortalWebMvcTest;

@PortalWebMvcTest
class ReleaseControllerTest {

    private static final List<String> MISSING = List.of("marketSearch: no market search recorded",
            "gspr.17.2: unanswered", "ivoInformation.content: Avsett ändamål", "somethingNew: explained");

    @Autowired
    MockMvc mvc;
    @Autowired
    RegisterGateway register;

    @Test
    void theCheckPageListsWhatIsMissingEachLinkingToItsForm() throws Exception {
        when(register.get(Devices.ID)).thenReturn(Devices.in(InHouseDeviceStatus.UNDER_DEVELOPMENT));
        when(register.releaseCheck(Devices.ID)).thenReturn(new ReleaseCheck(Devices.ID, false, MISSING));

        String page = chair(mvc).page(get("/egentillverkning/EGT-3/frislapp"));
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Kontrollera innan du frisläpper produkten</h1>", 
                "<title>Fel: Kontrollera innan du frisläpper produkten", "govuk-error-summary",
                "href=\"/egentillverkning/EGT-3/marknadssokning\"", "href=\"/egentillverkning/EGT-3/gspr#krav-17.2\"",
                "Besvara krav 17.2 i GSPR-checklistan", "Informationen till IVO saknar: Avsett ändamål",
                "Registret säger att detta saknas: somethingNew: explained", "MTP/7/2026", "MDR klass IIa");
    }

    @Test
    void aRefusedReleaseIsTheErrorSummaryAndAnAcceptedOneGoesBackWithABanner() throws Exception {
        when(register.get(Devices.ID)).thenReturn(Devices.in(InHouseDeviceStatus.UNDER_DEVELOPMENT));
        doThrow(new ServiceRefusal(409, "missing", List.of(), MISSING)).when(register).release(eq(Devices.ID), any());

        String refused = chair(mvc).page(post("/egentillverkning/EGT-3/frislapp"));
        assertThat(refused).contains("Det här saknas innan produkten kan frisläppas",
                "Marknadssökningen saknas eller visar att en likvärdig CE-märkt produkt finns");

        org.mockito.Mockito.reset(register);
        chair(mvc).send(post("/egentillverkning/EGT-3/frislapp"))
                .andExpect(redirectedUrl("/egentillverkning/EGT-3"))
                .andExpect(flash().attribute("banner", "register.banner.released"));
        verify(register).release(Devices.ID, new RegisterCommands.Release(null));
    }

    @Test
    void aReleaseTheChairMayNotMakeIsTheForbiddenPage() throws Exception {
        doThrow(new ServiceRefusal(403, "forbidden", List.of())).when(register).release(eq(Devices.ID), any());
        officer(mvc).send(post("/egentillverkning/EGT-3/frislapp"))
                .andExpect(status().isForbidden());
    }
}
