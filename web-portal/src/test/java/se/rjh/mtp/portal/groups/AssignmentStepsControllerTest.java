package se.rjh.mtp.portal.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.portal.SignedInPages;
import se.rjh.mtp.portal.groups.GroupCommands.AssignmentStep;
import se.rjh.mtp.portal.web.PortalWebMvcTest;

/**
 * The assignment's forms that {@link AssignmentPageControllerTest} does not send. The LAG's decline and delivery each
 * open, refuse an empty answer without calling group-service, and send group-service's command; the chair's feedback
 * (opened and refused there) is sent; the chair keeps a new assignment as a draft from its check page. Each goes back
 * to the assignment with a banner.
 */
@PortalWebMvcTest
class AssignmentStepsControllerTest {

    private static final LocalDate DUE = LocalDate.of(2099, 3, 31);
    private static final String NEW = "/grupper/" + GroupFixtures.LAG + "/uppdrag/nytt";
    private static final String DRAFT = "/grupper/" + GroupFixtures.LAG + "/uppdrag/utkast";

    @Autowired
    MockMvc mvc;
    @Autowired
    GroupGateway groups;

    @Test
    void theLagDeclinesWithAReason() throws Exception {
        theLagsForm(new LagForm("avboj", AssignmentStatus.ISSUED, "Avböj uppdraget", "reason", List.of(
                        "Varför avböjer LAG:en uppdraget?", "Skälet går till LSG och syns i uppdragets tidslinje.",
                        ">Avböj uppdraget<"), " ", "Ange ett skäl"),
                "  LAG:en saknar kompetens inom området. ", AssignmentStep.DECLINE,
                new GroupCommands.Reason("LAG:en saknar kompetens inom området."), "groups.banner.declined");
    }

    @Test
    void theLagDeliversItsFinalReport() throws Exception {
        theLagsForm(new LagForm("leverans", AssignmentStatus.IN_PROGRESS, "Leverera slutrapporten", "finalReport",
                        List.of("När slutrapporten är levererad ger LSG återkoppling.", ">Slutrapport<", ">Leverera<"),
                        "", "Skriv slutrapporten"),
                "Fem enheter skriver ut skenor; alla omfattas.\n", AssignmentStep.DELIVER,
                new GroupCommands.Delivery("Fem enheter skriver ut skenor; alla omfattas."), "groups.banner.delivered");
    }

    @Test
    void theChairsFeedbackIsSent() throws Exception {
        accepted(post("/uppdrag/a-1/aterkoppling").param("outcome", "COMPLETED")
                        .param("feedback", "Tack, kartläggningen räcker för beslutet."),
                "ordforande", "LSG_CHAIR", "groups.banner.feedback");
        verify(groups).step("a-1", AssignmentStep.FEEDBACK,
                new GroupCommands.Feedback(FeedbackOutcome.COMPLETED, "Tack, kartläggningen räcker för beslutet."));
    }

    @Test
    void theCheckPageOffersADraftWithTheSameAnswersAndTheDraftIsSavedNotIssued() throws Exception {
        when(groups.group(GroupFixtures.LAG)).thenReturn(GroupFixtures.lag());
        String check = mvc.perform(newAssignment(post(NEW), "2099-03-31")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(check).contains("action=\"/grupper/lag-tillverkning-sakerhet/uppdrag/utkast\"",
                "Spara som utkast", "name=\"dueDate\" value=\"2099-03-31\"");

        when(groups.draft(any())).thenReturn("a-draft");
        mvc.perform(newAssignment(post(DRAFT), "2099-03-31"))
                .andExpect(redirectedUrl("/uppdrag/a-draft"))
                .andExpect(flash().attribute("banner", "groups.banner.drafted"));
        verify(groups).draft(new GroupCommands.NewAssignment(GroupFixtures.LAG, "Kartlägg egentillverkning",
                "Vilka enheter?", List.of("Rapport", "Lista över enheter"), DUE, null));
        verify(groups, never()).issue(any());
    }

    @Test
    void aDraftMeetsTheFormsRulesAndNothingIsSentOtherwise() throws Exception {
        when(groups.group(GroupFixtures.LAG)).thenReturn(GroupFixtures.lag());
        String refused = mvc.perform(newAssignment(post(DRAFT), "")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<title>Fel: Skriv nytt uppdrag", "href=\"#dueDate\"", "id=\"dueDate-error\"");
        verify(groups, never()).draft(any());
    }

    /** The chair's answers on the new assignment's form, with {@code dueDate} as typed. */
    private static MockHttpServletRequestBuilder newAssignment(MockHttpServletRequestBuilder request, String dueDate) {
        return request.param("title", "Kartlägg egentillverkning").param("description", "Vilka enheter?")
                .param("deliverables", "Rapport\n\nLista över enheter").param("dueDate", dueDate)
                .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf());
    }

    /**
     * A LAG member's one-field form of assignment a-1, at {@code /uppdrag/a-1/<path>}: its page, with these texts; the
     * {@code empty} answer refused with {@code error} at the field, group-service not called.
     */
    private record LagForm(String path, AssignmentStatus status, String title, String field, List<String> texts,
                           String empty, String error) {
    }

    /** The form opens and refuses its empty answer; {@code answer} is sent as {@code command}, and the banner says so. */
    private void theLagsForm(LagForm form, String answer, AssignmentStep step, Object command, String banner)
            throws Exception {
        when(groups.assignment("a-1")).thenReturn(GroupFixtures.assignment("a-1", "Kartlägg skenor", form.status(), DUE));
        String action = "/uppdrag/a-1/" + form.path();

        String page = SignedInPages.read(mvc, get(action), "lag", "LAG_MEMBER");
        assertThat(page).contains("<title>" + form.title(), "Kartlägg skenor", "action=\"" + action + "\"",
                        "name=\"" + form.field() + "\"")
                .contains(form.texts()).doesNotContain("govuk-error-summary");

        String refused = mvc.perform(post(action).param(form.field(), form.empty())
                        .with(GroupFixtures.signedIn("lag", "LAG_MEMBER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<title>Fel: " + form.title(), "href=\"#" + form.field() + "\"",
                "id=\"" + form.field() + "-error\"", form.error());
        verify(groups, never()).step(anyString(), eq(step), any());

        accepted(post(action).param(form.field(), answer), "lag", "LAG_MEMBER", banner);
        verify(groups).step("a-1", step, command);
    }

    /** A form sent and taken: back to the assignment, whose banner says what was done. */
    private void accepted(MockHttpServletRequestBuilder form, String user, String role, String banner) throws Exception {
        mvc.perform(form.with(GroupFixtures.signedIn(user, role)).with(csrf()))
                .andExpect(redirectedUrl("/uppdrag/a-1"))
                .andExpect(flash().attribute("banner", banner));
    }
}
