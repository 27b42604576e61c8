package se.rjh.mtp.portal.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.rjh.mtp.api.devices.ReviewConclusion;
import se.rjh.mtp.api.devices.ReviewFindings;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.web.PortalWebMvcTest;

/** The review's task list: each task a form, its status on the list, the whole sent once after the check page. */
@PortalWebMvcTest
class ReviewControllerTest {

    private static final String REVIEW = "/egentillverkning/EGT-3/granskning";

    @Autowired
    MockMvc mvc;
    @Autowired
    RegisterGateway register;

    private final MockHttpSession session = new MockHttpSession();

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.session(session).with(Devices.signedIn("handlaggare", "CASE_OFFICER")).with(csrf());
    }

    @Test
    void eachTaskIsItsOwnFormAndTheReviewIsSentOnceAfterTheCheckPage() throws Exception {
        when(register.get(Devices.ID)).thenReturn(Devices.full());

        String list = mvc.perform(as(get(REVIEW))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("govuk-task-list", "href=\"/egentillverkning/EGT-3/granskning/klinisk-erfarenhet\"",
                "Erfarenheter från klinisk användning", "Korrigerande åtgärder", "Inte klar").doesNotContain(">Klar<");

        // The period starts where the last review ended.
        String clinical = mvc.perform(as(get(REVIEW + "/klinisk-erfarenhet"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(clinical).contains("name=\"periodFrom\" value=\"2026-11-20\"");

        String refused = mvc.perform(as(post(REVIEW + "/klinisk-erfarenhet").param("periodFrom", "2026-11-20")
                        .param("periodTo", "2026-11-30").param("clinicalExperience", "")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#clinicalExperience\"", "Beskriv erfarenheterna från klinisk användning");

        // The check page is refused until every task is done, naming those that are not.
        String incomplete = mvc.perform(as(get(REVIEW + "/kontrollera"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(incomplete).contains("Delen ”Slutsats” är inte klar");

        mvc.perform(as(post(REVIEW + "/klinisk-erfarenhet").param("periodFrom", "2026-11-20").param("periodTo", "2026-11-30")
                .param("clinicalExperience", "Fungerar väl"))).andExpect(redirectedUrl(REVIEW));
        mvc.perform(as(post(REVIEW + "/handelser").param("incidents", "En felberäkning").param("complaints", "")))
                .andExpect(redirectedUrl(REVIEW));
        // Unanswered, the question would go to the register as "no": it is asked again.
        String unanswered = mvc.perform(as(post(REVIEW + "/marknadssokning").param("marketSearchNote", "Sökt")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unanswered).contains("href=\"#equivalentDeviceAvailable\"",
                "Välj om det finns en likvärdig CE-märkt produkt");
        mvc.perform(as(post(REVIEW + "/marknadssokning").param("equivalentDeviceAvailable", "false")
                .param("marketSearchNote", "Sökt i Eudamed"))).andExpect(redirectedUrl(REVIEW));
        mvc.perform(as(post(REVIEW + "/slutsats").param("conclusion", "CHANGE"))).andExpect(redirectedUrl(REVIEW));
        mvc.perform(as(post(REVIEW + "/atgarder/ny").param("actionDescription", "Kontroll av kroppsyta")
                .param("actionOwner", "Anna").param("actionDueDate", "2027-01-15")))
                .andExpect(redirectedUrl(REVIEW + "/atgarder"));
        String noOwner = mvc.perform(as(post(REVIEW + "/atgarder/ny").param("actionDescription", "Mer")
                        .param("actionDueDate", "2027-01-15")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noOwner).contains("href=\"#actionOwner\"", "Kontroll av kroppsyta");
        mvc.perform(as(post(REVIEW + "/atgarder"))).andExpect(redirectedUrl(REVIEW));

        String done = mvc.perform(as(get(REVIEW))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(done).doesNotContain("Inte klar");
        verify(register, never()).review(any(), any());

        String check = mvc.perform(as(get(REVIEW + "/kontrollera"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(check).contains("<h1 class=\"govuk-heading-l\">Kontrollera granskningen innan du slutför den</h1>", 
                "Kontrollera granskningen innan du slutför den", "Fungerar väl", "Ändra produkten",
                "Kontroll av kroppsyta – ansvarig Anna, senast 2027-01-15");

        // A refused answer links to the task that holds it; nothing is lost from the review being written.
        org.mockito.Mockito.doThrow(new ServiceRefusal(400, "bad", List.of(new ServiceRefusal.FieldProblem(
                "correctiveActions[0].dueDate", "must not be before the review")))).doReturn("r-2")
                .when(register).review(any(), any());
        String refusedReview = mvc.perform(as(post(REVIEW + "/kontrollera"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(refusedReview).contains("<title>Fel: Kontrollera granskningen", "govuk-error-summary",
                "href=\"/egentillverkning/EGT-3/granskning/atgarder\"", "Registret godtog inte de korrigerande åtgärderna");

        mvc.perform(as(post(REVIEW + "/kontrollera"))).andExpect(redirectedUrl("/egentillverkning/EGT-3"))
                .andExpect(flash().attribute("banner", "register.banner.reviewed"));
        verify(register, org.mockito.Mockito.times(2)).review(Devices.ID, new RegisterCommands.Review(new ReviewFindings(LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 30), "Fungerar väl", "En felberäkning", null, false, "Sökt i Eudamed",
                ReviewConclusion.CHANGE), List.of(new RegisterCommands.NewCorrectiveAction("Kontroll av kroppsyta", "Anna",
                LocalDate.of(2027, 1, 15)))));

        // Sent: the next review starts afresh.
        String again = mvc.perform(as(get(REVIEW))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("Inte klar");
    }

    @Test
    void aTaskThatDoesNotExistIsNotFound() throws Exception {
        when(register.get(Devices.ID)).thenReturn(Devices.full());
        mvc.perform(as(get(REVIEW + "/annat"))).andExpect(status().isNotFound());
    }
}
