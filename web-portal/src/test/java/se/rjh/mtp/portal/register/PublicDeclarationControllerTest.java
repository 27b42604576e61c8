package se.rjh.mtp.portal.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.web.PortalWebMvcTest;

/** The public declaration needs no sign-in, in every form it comes in. */
@PortalWebMvcTest
class PublicDeclarationControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DeclarationGateway declarations;

    @Test
    void anyoneSeesTheDevicesInUseAndTheVersionsWithoutSigningIn() throws Exception {
        when(declarations.declaration(isNull())).thenReturn(Declarations.current());
        when(declarations.history()).thenReturn(Declarations.history());

        String page = mvc.perform(get("/offentlig-forklaring")).andExpect(status().isOk())
                .andExpect(header().doesNotExist("Content-Disposition"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Offentlig förklaring om egentillverkade medicintekniska produkter",
                "Region Jämtland Härjedalen", "Box 654, 831 27 Östersund", "Doseringskalkylator för cytostatika",
                "EGT-1, Doseringskalkylator för cytostatika, version 2.1", "MDR klass IIa",
                "Beräknar dos utifrån kroppsyta", "Krav 17.2 i bilaga I: Programvaran körs bara",
                "Version 2, gäller sedan 2026-11-20 14:00.", "href=\"/offentlig-forklaring?datum=2026-11-02\"",
                "href=\"/offentlig-forklaring.pdf\"", "href=\"/offentlig-forklaring.json\"")
                .doesNotContain("Logga ut");
    }

    @Test
    void theVersionPublicOnADayIsAskedForWithAPlainGetForm() throws Exception {
        when(declarations.declaration(LocalDate.of(2026, 11, 5))).thenReturn(Declarations.never());
        when(declarations.history()).thenReturn(Declarations.history());

        String page = mvc.perform(get("/offentlig-forklaring").param("datum", "2026-11-05"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Du ser förklaringen som var offentlig vid slutet av 2026-11-05.",
                "Ingen egentillverkad produkt används just nu.", "href=\"/offentlig-forklaring.pdf?datum=2026-11-05\"");
    }

    @Test
    void aDateThatIsNoDateIsShownAtItsFieldWithTheCurrentDeclaration() throws Exception {
        when(declarations.declaration(isNull())).thenReturn(Declarations.current());
        when(declarations.declaration(LocalDate.of(2099, 1, 1)))
                .thenThrow(new ServiceRefusal(400, "in the future", List.of(new ServiceRefusal.FieldProblem("on", "future"))));
        when(declarations.history()).thenReturn(Declarations.history());

        String wrongFormat = mvc.perform(get("/offentlig-forklaring").param("datum", "igår"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrongFormat).contains("govuk-error-summary", "href=\"#datum\"", "id=\"datum-error\"",
                "Ange datum i formatet ÅÅÅÅ-MM-DD", "Doseringskalkylator för cytostatika");

        String future = mvc.perform(get("/offentlig-forklaring").param("datum", "2099-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(future).contains("href=\"#datum\"", "Förklaringen finns inte för det datumet");
    }

    @Test
    void thePdfIsTheDeclarationWithItsSwedishLetters() throws Exception {
        when(declarations.declaration(isNull())).thenReturn(Declarations.current());

        byte[] pdf = mvc.perform(get("/offentlig-forklaring.pdf")).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"offentlig-forklaring-version-2.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Doseringskalkylator för cytostatika", "Region Jämtland Härjedalen",
                    "Box 654, 831 27 Östersund", "Hälso- och sjukvårdsinstitution");
        }
    }

    @Test
    void theHtmlDocumentStandsAloneAndTheJsonIsTheServicesDeclaration() throws Exception {
        when(declarations.declaration(LocalDate.of(2026, 11, 21))).thenReturn(Declarations.current());

        String html = mvc.perform(get("/offentlig-forklaring.html").param("datum", "2026-11-21"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/html"))
                // A document to keep: downloaded, not shown in place of the page.
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"offentlig-forklaring-version-2.html\""))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1>Offentlig förklaring", "Doseringskalkylator för cytostatika", "@page")
                .doesNotContain("<script", "govuk-frontend.min.css");

        mvc.perform(get("/offentlig-forklaring.json").param("datum", "2026-11-21")).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.devices[0].deviceId").value("EGT-1"))
                .andExpect(jsonPath("$.devices[0].notFullyMet[0].requirement").value("17.2"));
        verify(declarations, org.mockito.Mockito.times(2)).declaration(LocalDate.of(2026, 11, 21));
    }
}
