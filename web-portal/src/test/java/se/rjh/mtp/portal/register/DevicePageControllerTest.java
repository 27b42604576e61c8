package se.rjh.mtp.portal.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.cases.ServiceUnavailableException;
import se.rjh.mtp.portal.web.PortalWebMvcTest;

@PortalWebMvcTest
class DevicePageControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RegisterGateway register;

    @Test
    void theDevicePageShowsEveryFieldTheCaseIncidentsReviewsVersionsAndTimeline() throws Exception {
        when(register.get(Devices.ID)).thenReturn(Devices.full());
        when(register.history(Devices.ID)).thenReturn(Devices.history());

        String page = mvc.perform(get("/egentillverkning/EGT-3").with(Devices.signedIn("handlaggare", "CASE_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Doseringskalkylator</h1>", "govuk-tag--green", ">I bruk<",
                "Registerversion 2", "MDR klass IIa", "Regel 11", "Apoteket Östersund", "LIS 2026:4", "RISK-12", "DOK-77",
                "Onkologiska kliniken", "Vuxna med cancer", "href=\"/arenden/c-7\"", "MTP/7/2026", "href=\"/arenden/c-9\"",
                "Uppfylls inte helt", "Körs bara i regionens validerade miljö", "IVO 3.5.1-123/2026",
                "Granskningen skulle ha gjorts senast 2027-11-05.", "Lägg till kontroll av kroppsyta", "Anna Apotekare",
                "Markera som genomförd", "Nytt protokoll för barn",
                "Produkten föreslogs till registret", "av ordforande", "Granska produkten",
                "href=\"/egentillverkning/EGT-3/uppgifter\"", "12 månader",
                "href=\"/egentillverkning/EGT-3/granskningsintervall\"")
                // The case officer keeps the register but neither releases nor withdraws.
                .doesNotContain("Avveckla produkten", "/frislapp");
    }

    @Test
    void theChairReleasesAndWithdrawsAndAReaderOnlyReads() throws Exception {
        when(register.get(Devices.ID)).thenReturn(Devices.in(InHouseDeviceStatus.UNDER_DEVELOPMENT));
        when(register.history(Devices.ID)).thenReturn(List.of());

        String chair = mvc.perform(get("/egentillverkning/EGT-3").with(Devices.signedIn("ordforande", "LSG_CHAIR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chair).contains("href=\"/egentillverkning/EGT-3/frislapp\"", "Avveckla produkten", "Under utveckling",
                "Inte frisläppt än");

        String reader = mvc.perform(get("/egentillverkning/EGT-3").with(Devices.signedIn("revisor", "AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(reader).doesNotContain("/frislapp", "Avveckla produkten", "Ändra uppgifterna", "/gspr\"");
    }

    @Test
    void startingDevelopmentIsAButtonThatComesBackWithABanner() throws Exception {
        mvc.perform(post("/egentillverkning/EGT-3/utveckling").with(Devices.signedIn("handlaggare", "CASE_OFFICER"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/egentillverkning/EGT-3"))
                .andExpect(flash().attribute("banner", "register.banner.developmentStarted"));
        verify(register).startDevelopment(Devices.ID);
    }

    @Test
    void aDeviceThatMovedOnSaysSoWithAReloadLinkAndAServiceDownSaysThat() throws Exception {
        doThrow(new DeviceChangedException(Devices.ID, new ServiceRefusal(409, "wrong step", List.of())))
                .when(register).startDevelopment(Devices.ID);
        String changed = mvc.perform(post("/egentillverkning/EGT-3/utveckling")
                        .with(Devices.signedIn("handlaggare", "CASE_OFFICER")).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(changed).contains("Produkten har ändrats", "href=\"/egentillverkning/EGT-3\"");

        when(register.get(eq("EGT-4"))).thenThrow(new ServiceUnavailableException("group-service", null));
        String down = mvc.perform(get("/egentillverkning/EGT-4").with(Devices.signedIn("lag", "LAG_MEMBER")))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();
        assertThat(down).contains("Registret är inte tillgängligt just nu");
    }

    @Test
    void aCorrectiveActionIsMarkedDone() throws Exception {
        mvc.perform(post("/egentillverkning/EGT-3/granskningar/r-1/atgarder/a-1/klar")
                        .with(Devices.signedIn("handlaggare", "CASE_OFFICER")).with(csrf()))
                .andExpect(redirectedUrl("/egentillverkning/EGT-3"));
        verify(register).completeAction(eq(Devices.ID), eq("r-1"), eq("a-1"), any());
    }
}
