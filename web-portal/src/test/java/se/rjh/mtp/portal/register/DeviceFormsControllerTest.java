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
import static se.rjh.mtp.portal.web.Browser.officer;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.GsprAnswer;
import se.rjh.mtp.api.devices.GsprEntry;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.web.FormPageFields;
import se.rjh.mtp.portal.web.PortalWebMvcTest;

@PortalWebMvcTest
class DeviceFormsControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RegisterGateway register;

    @Test
    void theDetailsFormIsFilledInAndTheServicesRefusalIsAtItsField() throws Exception {
        when(register.get(Devices.ID)).thenReturn(Devices.in(InHouseDeviceStatus.UNDER_DEVELOPMENT));

        String form = officer(mvc).page(get("/egentillverkning/EGT-3/uppgifter"));
        assertThat(form).contains("value=\"Doseringskalkylator\"", "value=\"Regel 11\"", "Medicinteknisk produkt (MD)")
                // Not released yet: a change makes no new version, so no change note is asked for.
                .doesNotContain("name=\"changeNote\"");

        doThrow(new ServiceRefusal(400, "bad", List.of(new ServiceRefusal.FieldProblem("riskClass",
                "must be an IVDR class for an IVD device")))).when(register).describe(eq(Devices.ID), any());
        String refused = officer(mvc).page(post("/egentillverkning/EGT-3/uppgifter")
                        .param("name", "Doseringskalkylator")
                        .param("kind", "IVD").param("riskClass", "MDR_IIA").param("unitsPerYear", "3"));
        assertThat(refused).contains("govuk-error-summary", "href=\"#riskClass\"", "id=\"riskClass-error\"",
                "Fel: Produktens uppgifter");
        verify(register).describe(Devices.ID, new RegisterCommands.Description("Doseringskalkylator", null,
                DeviceKind.IVD, null, null, DeviceClass.MDR_IIA, null, null, null, null, null, null, null, 3, null));
    }

    @Test
    void aReleasedDeviceAsksForTheChangeNoteAndANumberThatIsNoneIsRefusedHere() throws Exception {
        when(register.get(Devices.ID)).thenReturn(Devices.full());

        String form = officer(mvc).page(get("/egentillverkning/EGT-3/uppgifter"));
        assertThat(form).contains("name=\"changeNote\"", "ny registerversion");

        String refused = officer(mvc).page(post("/egentillverkning/EGT-3/uppgifter").param("name", "X")
                        .param("unitsPerYear", "tre"));
        assertThat(refused).contains("href=\"#unitsPerYear\"", "Ange antalet som ett heltal");
        verify(register, org.mockito.Mockito.never()).describe(any(), any());
    }

    @Test
    void theGsprChecklistSendsTheAnsweredLinesAndARefusalComesBackAtItsLine() throws Exception {
        when(register.get(Devices.ID)).thenReturn(Devices.in(InHouseDeviceStatus.UNDER_DEVELOPMENT));
        when(register.rules()).thenReturn(Devices.rules());

        String form = officer(mvc).page(get("/egentillverkning/EGT-3/gspr"));
        assertThat(form).contains("id=\"krav-17.2\"", "Krav 17.2 i bilaga I", "name=\"entries[2].answer\"",
                "Uppfylls inte helt", "Gäller inte produkten");

        // The service names its own index: the second line sent is the form's third.
        doThrow(new ServiceRefusal(400, "bad", List.of(new ServiceRefusal.FieldProblem("entries[1].justification",
                "required when NOT_MET")))).when(register).recordGspr(eq(Devices.ID), any());
        String refused = officer(mvc).page(post("/egentillverkning/EGT-3/gspr")
                        .param("entries[0].requirement", "1").param("entries[0].answer", "MET")
                        .param("entries[1].requirement", "2")
                        .param("entries[2].requirement", "17.2").param("entries[2].answer", "NOT_MET"));
        assertThat(refused).contains("href=\"#entries[2].justification\"", "id=\"entries[2].justification-error\"");
        verify(register).recordGspr(Devices.ID, new RegisterCommands.Gspr(List.of(
                new GsprEntry("1", GsprAnswer.MET, null), new GsprEntry("17.2", GsprAnswer.NOT_MET, null)), null));
    }

    @Test
    void theReviewIntervalIsAskedInMonthsAndSentAsAPeriod() throws Exception {
        when(register.get(Devices.ID)).thenReturn(Devices.full());

        String form = officer(mvc).page(get("/egentillverkning/EGT-3/granskningsintervall"));
        assertThat(form).contains("name=\"months\" value=\"12\"");

        String empty = officer(mvc).page(post("/egentillverkning/EGT-3/granskningsintervall").param("months", ""));
        assertThat(empty).contains("href=\"#months\"", "Ange antalet månader");
        verify(register, org.mockito.Mockito.never()).changeReviewInterval(any(), any());

        officer(mvc).send(post("/egentillverkning/EGT-3/granskningsintervall").param("months", "6"))
                .andExpect(redirectedUrl("/egentillverkning/EGT-3"))
                .andExpect(flash().attribute("banner", "register.banner.interval"));
        verify(register).changeReviewInterval(Devices.ID, "P6M");
    }

    /** Unanswered, "was there an equivalent CE-marked device?" would be sent as "no"; it is asked again instead. */
    @Test
    void anUnansweredEquivalentDeviceQuestionIsRefusedAtItsFieldInSwedish() throws Exception {
        when(register.get(Devices.ID)).thenReturn(Devices.in(InHouseDeviceStatus.UNDER_DEVELOPMENT));

        Document page = Jsoup.parse(officer(mvc).page(post("/egentillverkning/EGT-3/marknadssokning")
                .param("nonEquivalenceJustification", "Ingen").param("searchedOn", "2026-11-20")
                .param("result", "Inget")));

        assertThat(page.select(".govuk-error-summary a[href='#equivalentDeviceFound']").text())
                .isEqualTo("Välj om det fanns en likvärdig CE-märkt produkt");
        assertThat(page.select("#equivalentDeviceFound-error").text())
                .contains("Välj om det fanns en likvärdig CE-märkt produkt");
        verify(register, org.mockito.Mockito.never()).recordMarketSearch(any(), any());
    }

    @Test
    void theMarketSearchIvoInformationAndTakingIntoUseGoBackToTheDevice() throws Exception {
        when(register.get(Devices.ID)).thenReturn(Devices.in(InHouseDeviceStatus.RELEASED));
        when(register.rules()).thenReturn(Devices.rules());

        String ivo = officer(mvc).page(get("/egentillverkning/EGT-3/ivo"));
        assertThat(ivo).contains("type=\"checkbox\" name=\"contentIncluded\" value=\"Produktens namn\"",
                "Informationen till IVO ska lämnas senast 2026-12-02.");

        officer(mvc).send(post("/egentillverkning/EGT-3/marknadssokning").param("nonEquivalenceJustification", "Ingen")
                        .param("searchedOn", "2026-11-20").param("equivalentDeviceFound", "false")
                        .param("result", "Inget")
                        .param("changeNote", "Ny sökning"))
                .andExpect(redirectedUrl("/egentillverkning/EGT-3"))
                .andExpect(flash().attribute("banner", "register.banner.marketSearch"));
        verify(register).recordMarketSearch(Devices.ID, new RegisterCommands.MarketSearch("Ingen",
                LocalDate.of(2026, 11, 20), false, "Inget", null, "Ny sökning"));

        officer(mvc).send(post("/egentillverkning/EGT-3/ivo").param("informedOn", "2026-11-21")
                        .param("reference", "IVO-1")
                        .param("contentIncluded", "Produktens namn", "Avsett ändamål"))
                .andExpect(redirectedUrl("/egentillverkning/EGT-3"));
        verify(register).recordIvoInformation(Devices.ID, new RegisterCommands.IvoInformation(LocalDate.of(2026, 11, 21),
                "IVO-1", List.of("Produktens namn", "Avsett ändamål"), null));

        officer(mvc).send(post("/egentillverkning/EGT-3/i-bruk").param("date", "2026-11-22"))
                .andExpect(redirectedUrl("/egentillverkning/EGT-3"))
                .andExpect(flash().attribute("banner", "register.banner.inUse"));
        verify(register).putInUse(Devices.ID, new RegisterCommands.InUse(LocalDate.of(2026, 11, 22)));
    }

    @Test
    void checkboxesAndADateAreDrawnWithTheirLegendLabelAndTheErrorsAtThem() throws Exception {
        when(register.get(Devices.ID)).thenReturn(Devices.in(InHouseDeviceStatus.RELEASED));
        when(register.rules()).thenReturn(Devices.rules());
        doThrow(new ServiceRefusal(400, "bad", List.of(new ServiceRefusal.FieldProblem("contentIncluded[0]",
                "not a required item")))).when(register).recordIvoInformation(eq(Devices.ID), any());

        Document page = Jsoup.parse(officer(mvc).page(post("/egentillverkning/EGT-3/ivo").param("informedOn", "igår")
                        .param("contentIncluded", "Produktens namn")));

        // A date that cannot be read is refused here; what the service refuses comes back at its checkboxes.
        FormPageFields.assertRefused(page, "informedOn", "Datum då IVO informerades",
                "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-20.", null);
        verify(register, org.mockito.Mockito.never()).recordIvoInformation(any(), any());
        assertThat(page.select("input[name=contentIncluded]")).hasSize(Devices.rules().ivoRequiredContent().size());
        assertThat(page.select("input[name=contentIncluded][checked]").eachAttr("value"))
                .containsExactly("Produktens namn");

        Document refused = Jsoup.parse(officer(mvc).page(post("/egentillverkning/EGT-3/ivo").param("informedOn", "2026-11-21")
                        .param("contentIncluded", "Produktens namn")));
        FormPageFields.assertRefused(refused, "contentIncluded", "Vad innehöll informationen?", null, null);
        assertThat(refused.selectFirst("form[novalidate]").attr("action")).isEqualTo("/egentillverkning/EGT-3/ivo");
    }
}
