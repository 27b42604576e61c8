package se.rjh.mtp.portal.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.rjh.mtp.portal.web.PortalWebMvcTest;

/** The chair keeps a written assignment as a draft from its check page, instead of issuing it at once. */
@PortalWebMvcTest
class AssignmentDraftControllerTest {

    private static final String NEW = "/grupper/" + GroupFixtures.LAG + "/uppdrag/nytt";
    private static final String DRAFT = "/grupper/" + GroupFixtures.LAG + "/uppdrag/utkast";

    @Autowired
    MockMvc mvc;
    @Autowired
    GroupGateway groups;

    @BeforeEach
    void theLag() {
        when(groups.group(GroupFixtures.LAG)).thenReturn(GroupFixtures.lag());
    }

    @Test
    void theCheckPageOffersADraftWithTheSameAnswersAndTheDraftIsSavedNotIssued() throws Exception {
        String check = mvc.perform(answers(post(NEW), "2099-03-31")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(check).contains("action=\"/grupper/lag-tillverkning-sakerhet/uppdrag/utkast\"",
                "Spara som utkast", "name=\"dueDate\" value=\"2099-03-31\"");

        when(groups.draft(any())).thenReturn("a-draft");
        mvc.perform(answers(post(DRAFT), "2099-03-31"))
                .andExpect(redirectedUrl("/uppdrag/a-draft"))
                .andExpect(flash().attribute("banner", "groups.banner.drafted"));
        verify(groups).draft(new GroupCommands.NewAssignment(GroupFixtures.LAG, "Kartlägg egentillverkning",
                "Vilka enheter?", List.of("Rapport", "Lista över enheter"), LocalDate.of(2099, 3, 31), null));
        verify(groups, never()).issue(any());
    }

    @Test
    void aDraftMeetsTheFormsRulesAndNothingIsSentOtherwise() throws Exception {
        String refused = mvc.perform(answers(post(DRAFT), "")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<title>Fel: Skriv nytt uppdrag", "href=\"#dueDate\"", "id=\"dueDate-error\"");
        verify(groups, never()).draft(any());
    }

    private static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request, String dueDate) {
        return request.param("title", "Kartlägg egentillverkning").param("description", "Vilka enheter?")
                .param("deliverables", "Rapport\n\nLista över enheter").param("dueDate", dueDate)
                .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf());
    }
}
