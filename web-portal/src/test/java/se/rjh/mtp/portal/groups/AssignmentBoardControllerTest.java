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
import org.springframework.test.web.servlet.ResultActions;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.portal.web.PortalWebMvcTest;
import se.rjh.mtp.portal.SignedInPages;

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
        String page = SignedInPages.read(mvc, get(BOARD), "revisor", "AUDITOR");

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
        String page = SignedInPages.read(mvc, get(BOARD), "ordforande", "LSG_CHAIR");

        assertThat(page).contains("Skriv nytt uppdrag", "href=\"/grupper/lag-tillverkning-sakerhet/uppdrag/nytt\"");
        assertThat(card(page, "a-draft")).contains("Flytta till…", "value=\"ISSUE\"").doesNotContain("value=\"ACCEPT\"");
        assertThat(card(page, "a-delivered")).contains("value=\"COMPLETE\"", "value=\"REVISE\"");
        assertThat(card(page, "a-issued")).doesNotContain("Flytta till");
        assertThat(card(page, "a-work")).doesNotContain("Flytta till");
    }

    @Test
    void aMemberOfTheLagMovesTheLagsCardsAndAnotherLagMemberNone() throws Exception {
        String member = SignedInPages.read(mvc, get(BOARD), "lag", "LAG_MEMBER");
        assertThat(card(member, "a-issued")).contains("value=\"ACCEPT\"", "Accepterade (acceptera uppdraget)");
        assertThat(card(member, "a-work")).contains("value=\"DELIVER\"");
        assertThat(card(member, "a-draft")).doesNotContain("Flytta till");
        assertThat(member).doesNotContain("Skriv nytt uppdrag");

        String otherLag = SignedInPages.read(mvc, get(BOARD), "nisse", "LAG_MEMBER");
        assertThat(otherLag).doesNotContain("Flytta till");
    }

    @Test
    void aMoveThatNeedsNothingIsSentAndOneThatNeedsMoreOpensItsForm() throws Exception {
        move("a-issued", AssignmentStatus.ISSUED, "ACCEPT", "lag", "LAG_MEMBER")
                .andExpect(redirectedUrl(BOARD))
                .andExpect(flash().attribute("banner", "groups.banner.moved.ACCEPTED"));
        verify(groups).step("a-issued", GroupCommands.AssignmentStep.ACCEPT, null);

        move("a-delivered", AssignmentStatus.DELIVERED, "REVISE", "ordforande", "LSG_CHAIR")
                .andExpect(redirectedUrl("/uppdrag/a-delivered/aterkoppling?outcome=REVISION_REQUESTED"));
    }

    @Test
    void aMoveThatIsNoLongerLegalSendsNothing() throws Exception {
        // Accepted by someone else since the board was shown.
        move("a-issued", AssignmentStatus.ACCEPTED, "ACCEPT", "lag", "LAG_MEMBER")
                .andExpect(redirectedUrl(BOARD))
                .andExpect(flash().attribute("banner", "groups.banner.notMoved"));
        // Nor may the chair make the LAG's move.
        move("a-other", AssignmentStatus.ISSUED, "ACCEPT", "ordforande", "LSG_CHAIR")
                .andExpect(flash().attribute("banner", "groups.banner.notMoved"));
        verify(groups, never()).step(anyString(), any(), any());
    }

    /** "Flytta till…" on a card whose assignment now stands in {@code status}, by the signed-in user. */
    private ResultActions move(String id, AssignmentStatus status, String move, String user, String role)
            throws Exception {
        when(groups.assignment(id)).thenReturn(GroupFixtures.assignment(id, "Kortet " + id, status, PAST));
        return mvc.perform(post(BOARD + "/" + id + "/flytta").param("move", move)
                .with(GroupFixtures.signedIn(user, role)).with(csrf()));
    }

    /** One card's HTML, from its list item to the next. */
    private static String card(String page, String id) {
        int start = page.indexOf("id=\"card-" + id + "\"");
        assertThat(start).as("card " + id).isPositive();
        int end = page.indexOf("</li>", start);
        return page.substring(start, end);
    }
}
