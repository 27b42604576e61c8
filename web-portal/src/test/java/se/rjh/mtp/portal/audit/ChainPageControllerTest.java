package se.rjh.mtp.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.reporting.view.ChainBreak;
import se.rjh.mtp.api.reporting.view.ChainVerificationReport;
import se.rjh.mtp.api.reporting.view.Diarium;
import se.rjh.mtp.api.reporting.view.DiariumEntry;
import se.rjh.mtp.api.reporting.view.ServiceChainVerification;
import se.rjh.mtp.api.reporting.view.ServiceChainVerification.ServiceReport;
import se.rjh.mtp.portal.web.PortalWebMvcTest;

@PortalWebMvcTest
class ChainPageControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditGateway audit;

    @Test
    void eachServicesChainsWithTheirResultAndTheFirstBadEvent() throws Exception {
        ChainBreak changed = new ChainBreak("c-1", 1, "e-42", ChainBreak.Kind.CHANGED,
                "stored hash does not match the content");
        when(audit.verification()).thenReturn(new ServiceChainVerification(List.of(
                new ServiceReport("case-service", ChainVerificationReport.of(12, 2, 0, List.of(changed,
                        new ChainBreak("c-2", 3, "e-43", ChainBreak.Kind.REMOVED, "sequence 2..2 missing")))),
                new ServiceReport("group-service", ChainVerificationReport.of(4, 1, 0, List.of())),
                new ServiceReport("guideline-service", ChainVerificationReport.of(0, 0, 0, List.of())))));

        String page = page("/granskning/hashkedjor", "admin", "ADMIN");

        assertThat(page).contains("Ärendetjänsten", "Bruten (2 fel)", "govuk-tag--red", "Ändrad: innehållet",
                "e-42", "nr 1", "Grupptjänsten", "Obruten", "govuk-tag--green", "<caption", "scope=\"row\"",
                "Riktlinjetjänsten", "Inga händelser ännu")
                .doesNotContain("e-43", ">CHANGED<");
    }

    @Test
    void theDiariumMasksSecrecyMarkedCasesAsThePublicSeesThemWhoeverReads() throws Exception {
        // The auditor may read protected text, so the service sends it unmasked; the public register does not show it.
        when(audit.diarium()).thenReturn(new Diarium(List.of(
                new DiariumEntry("MTP/1/2026", "2026-11-20", "Ann Al, Kirurgen", "Diskdesinfektor", false),
                new DiariumEntry("MTP/2/2026", "2026-11-21", "Per Pål", "Tillbud med infusionspump", true))));

        String page = page("/granskning/diarium", "revisor", "AUDITOR");

        assertThat(page).contains("MTP/1/2026", "Ann Al, Kirurgen", "Diskdesinfektor", "MTP/2/2026", "[Skyddat]",
                "Sekretessmarkerat").doesNotContain("Per Pål", "Tillbud med infusionspump");
        assertThat(page.split(">\\[Skyddat]<", -1)).hasSize(3);
    }

    @Test
    void otherRolesGetTheForbiddenPage() throws Exception {
        for (String path : List.of("/granskning/hashkedjor", "/granskning/diarium")) {
            mvc.perform(get(path).with(AuditPages.signedIn("ordforande", "LSG_CHAIR")))
                    .andExpect(status().isForbidden());
        }
    }

    private String page(String path, String name, String role) throws Exception {
        return mvc.perform(get(path).with(AuditPages.signedIn(name, role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
