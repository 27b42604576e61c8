package se.rjh.mtp.portal.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.portal.web.PortalWebMvcTest;

@PortalWebMvcTest
class AssignmentBoardControllerTest {

    private static final LocalDate PAST = LocalDate.of(2026, 1, 15);
    private static final LocalDate FUTURE = LocalDate.of(2099, 6, 30);
    private static final String BOARD = "/grupper/" + GroupFixtures.LAG + "/uppdrag";

    @Autowired
    MockMvc mvc;
    @Autowired
    GroupGateway groups;

    @BeforeEach
    void theLagAndItsAssignments() {
        when(groups.group(GroupFixtures.LAG)).thenReturn(GroupFixtures.lag());
        when(groups.assignments(GroupFixtures.LAG)).thenReturn(List.of(
                GroupFixtures.assignment("a-draft", "Utkastet", AssignmentStatus.DRAFTED, FUTURE),
                GroupFixtures.assignment("a-issued", "Det utfärdade", AssignmentStatus.ISSUED, PAST),
                GroupFixtures.assignment("a-work", "Det pågående", AssignmentStatus.IN_PROGRESS, FUTURE,
                        List.of(GroupFixtures.report(ProgressStatus.GREEN, "Början"),
                                GroupFixtures.report(ProgressStatus.YELLOW, "Leverantören dröjer")), List.of(), List.of()),
                GroupFixtures.assignment("a-delivered", "Det levererade", AssignmentStatus.DELIVERED, PAST),
                GroupFixtures.assignment("a-done", "Det klara", AssignmentStatus.COMPLETED, PAST),
                GroupFixtures.assignment("a-cancelled", "Det avbrutna", AssignmentStatus.CANCELLED, PAST)));
    }

    @Test
    void eachStatusHasItsListAndACardSaysItsDueDateOverdueAndSignalInWords() throws Exception {
        String page = mvc.perform(get(BOARD).with(GroupFixtures.signedIn("revisor", "AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Uppdragstavla", "LAG Tillverkning och säkerhet", "Utkast", "Utfärdade",
                "Accepterade", "Pågående", "Levererade", "Klara", "Klart senast 2099-06-30",
                "Avböjda och avbrutna uppdrag (1)", "href=\"/uppdrag/a-cancelled\"");
        // The latest signal, in words and colour; overdue in words, only while the LAG still owes the work.
        assertThat(card(page, "a-work")).contains("Läge: Gul", "govuk-tag--yellow").doesNotContain("Grön");
        assertThat(card(page, "a-issued")).contains("Försenat");
        assertThat(card(page, "a-delivered")).doesNotContain("Försenat");
        assertThat(card(page, "a-draft")).doesNotContain("Försenat");
        // Someone with no part in the work moves nothing and writes nothing.
        assertThat(page).doesNotContain("Flytta till", "Skriv nytt uppdrag");
    }

    @Test
    void theChairMovesOnlyTheChairsCardsAndOnlyToLegalLists() throws Exception {
        String page = mvc.perform(get(BOARD).with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Skriv nytt uppdrag", "href=\"/grupper/lag-tillverkning-sakerhet/uppdrag/nytt\"");
        assertThat(card(page, "a-draft")).contains("Flytta till…", "value=\"ISSUE\"").doesNotContain("value=\"ACCEPT\"");
        assertThat(card(page, "a-delivered")).contains("value=\"COMPLETE\"", "value=\"REVISE\"");
        assertThat(card(page, "a-issued")).doesNotContain("Flytta till");
        assertThat(card(page, "a-work")).doesNotContain("Flytta till");
    }

    @Test
    void aMemberOfTheLagMovesTheLagsCardsAndAnotherLagMemberNone() throws Exception {
        String member = mvc.perform(get(BOARD).with(GroupFixtures.signedIn("lag", "LAG_MEMBER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(card(member, "a-issued")).contains("value=\"ACCEPT\"", "Accepterade (acceptera uppdraget)");
        assertThat(card(member, "a-work")).contains("value=\"DELIVER\"");
        assertThat(card(member, "a-draft")).doesNotContain("Flytta till");
        assertThat(member).doesNotContain("Skriv nytt uppdrag");

        String otherLag = mvc.perform(get(BOARD).with(GroupFixtures.signedIn("nisse", "LAG_MEMBER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(otherLag).doesNotContain("Flytta till");
    }

    @Test
    void aMoveThatNeedsNothingIsSentAndOneThatNeedsMoreOpensItsForm() throws Exception {
        when(groups.assignment("a-issued")).thenReturn(
                GroupFixtures.assignment("a-issued", "Det utfärdade", AssignmentStatus.ISSUED, PAST));
        mvc.perform(post(BOARD + "/a-issued/flytta").param("move", "ACCEPT")
                        .with(GroupFixtures.signedIn("lag", "LAG_MEMBER")).with(csrf()))
                .andExpect(redirectedUrl(BOARD))
                .andExpect(flash().attribute("banner", "groups.banner.moved.ACCEPTED"));
        verify(groups).step("a-issued", GroupCommands.AssignmentStep.ACCEPT, null);

        when(groups.assignment("a-delivered")).thenReturn(
                GroupFixtures.assignment("a-delivered", "Det levererade", AssignmentStatus.DELIVERED, PAST));
        mvc.perform(post(BOARD + "/a-delivered/flytta").param("move", "REVISE")
                        .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(redirectedUrl("/uppdrag/a-delivered/aterkoppling?outcome=REVISION_REQUESTED"));
    }

    @Test
    void aMoveThatIsNoLongerLegalSendsNothing() throws Exception {
        // Accepted by someone else since the board was shown.
        when(groups.assignment("a-issued")).thenReturn(
                GroupFixtures.assignment("a-issued", "Det utfärdade", AssignmentStatus.ACCEPTED, PAST));

        mvc.perform(post(BOARD + "/a-issued/flytta").param("move", "ACCEPT")
                        .with(GroupFixtures.signedIn("lag", "LAG_MEMBER")).with(csrf()))
                .andExpect(redirectedUrl(BOARD))
                .andExpect(flash().attribute("banner", "groups.banner.notMoved"));
        // Nor may the chair make the LAG's move.
        when(groups.assignment("a-other")).thenReturn(
                GroupFixtures.assignment("a-other", "Ett annat", AssignmentStatus.ISSUED, PAST));
        mvc.perform(post(BOARD + "/a-other/flytta").param("move", "ACCEPT")
                        .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(flash().attribute("banner", "groups.banner.notMoved"));
        verify(groups, never()).step(anyString(), any(), any());
    }

    /** One card's HTML, from its list item to the next. */
    private static String card(String page, String id) {
        int start = page.indexOf("id=\"card-" + id + "\"");
        assertThat(start).as("card " + id).isPositive();
        int end = page.indexOf("</li>", start);
        return page.substring(start, end);
    }
}
