package se.rjh.mtp.portal.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
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
import se.rjh.mtp.api.groups.MemberRole;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.cases.ServiceUnavailableException;
import se.rjh.mtp.portal.web.PortalWebMvcTest;
import se.rjh.mtp.portal.SignedInPages;

@PortalWebMvcTest
class GroupsControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GroupGateway groups;

    @Test
    void theGroupsPageShowsEachGroupsMandateAndMembersWithTheirRolesInSwedish() throws Exception {
        when(groups.groups()).thenReturn(List.of(GroupFixtures.lsg(), GroupFixtures.lag()));

        String page = SignedInPages.read(mvc, get("/grupper"), "revisor", "AUDITOR");

        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Grupper</h1>", "LSG MTP", "Regionövergripande frågor",
                "Olle Ordf", "Ordförande", "LAG Tillverkning och säkerhet", "Lena Ag", "Ledamot", "Medicinteknik",
                "href=\"/grupper/lag-tillverkning-sakerhet/uppdrag\"", "href=\"/grupper\"")
                .doesNotContain("CHAIR", ">MEMBER<");
        // Only a LAG has an assignment board.
        assertThat(page).doesNotContain("href=\"/grupper/lsg-mtp/uppdrag\"");
    }

    @Test
    void whoWasAMemberOnADayIsAGetFormWhoseAnswerHtmxSwapsAlone() throws Exception {
        String page = membersOn("2025-10-15");
        assertThat(page).contains("<html lang=\"sv\"", "Vem var medlem den …", "Medlemmar den 2025-10-15",
                "Bo Berg, Sekreterare", "Alla medlemsperioder", "2025-12-31", "Pågår");
        assertThat(page.substring(page.indexOf("id=\"members-on\""), page.indexOf("Alla medlemsperioder")))
                .doesNotContain("Lena Ag");

        String fragment = SignedInPages.read(mvc, get("/grupper/" + GroupFixtures.LAG).param("datum", "2026-02-01")
                        .header("HX-Request", "true"), "lag", "LAG_MEMBER");
        assertThat(fragment).contains("id=\"members-on\"", "Lena Ag, Ledamot")
                .doesNotContain("<html", "Bo Berg", "Alla medlemsperioder", "<form");
    }

    @Test
    void aDayThatIsNotADateIsSaidAtTheField() throws Exception {
        String page = membersOn("igår");

        assertThat(page).contains("id=\"datum-error\"", "Ange datum som ÅÅÅÅ-MM-DD", "govuk-input--error")
                .doesNotContain("Medlemmar den");
    }

    @Test
    void onlyTheChairAndAnAdministratorAppointAndEndMembers() throws Exception {
        when(groups.group(GroupFixtures.LAG)).thenReturn(GroupFixtures.lag());

        String chair = SignedInPages.read(mvc, get("/grupper/" + GroupFixtures.LAG), "ordforande", "LSG_CHAIR");
        assertThat(chair).contains("Utse ledamot", "href=\"/grupper/lag-tillverkning-sakerhet/ledamoter/lag/avsluta\"");

        String admin = SignedInPages.read(mvc, get("/grupper/" + GroupFixtures.LAG), "admin", "ADMIN");
        assertThat(admin).contains("Utse ledamot");

        String member = SignedInPages.read(mvc, get("/grupper/" + GroupFixtures.LAG), "lag", "LAG_MEMBER");
        assertThat(member).contains("Lena Ag").doesNotContain("Utse ledamot", "/avsluta");
    }

    @Test
    void anEmptyAppointmentLinksEachErrorToItsFieldAndAValidOneIsSent() throws Exception {
        when(groups.group(GroupFixtures.LAG)).thenReturn(GroupFixtures.lag());

        String empty = mvc.perform(post("/grupper/" + GroupFixtures.LAG + "/ledamoter/ny").param("from", "")
                        .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("<title>Fel: Utse ledamot", "govuk-error-summary", "href=\"#userName\"",
                "href=\"#name\"", "href=\"#role\"", "Ange användarnamnet", "Välj roll", "id=\"role-error\"");
        assertThat(empty.split("govuk-error-summary__list")[1].split("</ul>")[0].split("<li")).hasSize(4);
        verify(groups, never()).appoint(anyString(), any());

        mvc.perform(post("/grupper/" + GroupFixtures.LAG + "/ledamoter/ny").param("userName", "kim")
                        .param("name", "Kim Karlsson").param("role", "SECRETARY").param("unit", "")
                        .param("from", "2026-12-01")
                        .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(redirectedUrl("/grupper/" + GroupFixtures.LAG))
                .andExpect(flash().attribute("banner", "groups.banner.appointed"));
        verify(groups).appoint(GroupFixtures.LAG, new GroupCommands.Appointment("kim", "Kim Karlsson",
                MemberRole.SECRETARY, null, LocalDate.of(2026, 12, 1)));
    }

    @Test
    void aSecondChairIsRefusedOnTheForm() throws Exception {
        when(groups.group(GroupFixtures.LAG)).thenReturn(GroupFixtures.lag());
        doThrow(new GroupStateConflict(new ServiceRefusal(409, "HAS_CHAIR", List.of())))
                .when(groups).appoint(anyString(), any());

        String page = mvc.perform(post("/grupper/" + GroupFixtures.LAG + "/ledamoter/ny").param("userName", "kim")
                        .param("name", "Kim Karlsson").param("role", "CHAIR")
                        .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("govuk-error-summary", "avslutas först", "value=\"Kim Karlsson\"");
    }

    @Test
    void endingAMembershipGoesThroughACheckPage() throws Exception {
        when(groups.group(GroupFixtures.LAG)).thenReturn(GroupFixtures.lag());

        String check = SignedInPages.read(mvc, get("/grupper/" + GroupFixtures.LAG + "/ledamoter/lag/avsluta"), "ordforande", "LSG_CHAIR");
        assertThat(check).contains("Avsluta medlemskap", "Lena Ag (lag)", "Ledamot", "avslutas i dag",
                "action=\"/grupper/lag-tillverkning-sakerhet/ledamoter/lag/avsluta\"");
        verify(groups, never()).endMembership(anyString(), anyString());

        mvc.perform(post("/grupper/" + GroupFixtures.LAG + "/ledamoter/lag/avsluta")
                        .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(redirectedUrl("/grupper/" + GroupFixtures.LAG))
                .andExpect(flash().attribute("bannerArgument", "Lena Ag"));
        verify(groups).endMembership(GroupFixtures.LAG, "lag");

        mvc.perform(get("/grupper/" + GroupFixtures.LAG + "/ledamoter/okand/avsluta")
                        .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void withGroupServiceDownThePageSaysSoInItsOwnWords() throws Exception {
        when(groups.groups()).thenThrow(new ServiceUnavailableException("group-service", null));

        String page = mvc.perform(get("/grupper").with(GroupFixtures.signedIn("lag", "LAG_MEMBER")))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Grupptjänsten svarar inte").doesNotContain("Ärendetjänsten", "Exception");
    }

    /** The LAG's page asking who was a member on {@code day}, as a member of the LAG sees it. */
    private String membersOn(String day) throws Exception {
        when(groups.group(GroupFixtures.LAG)).thenReturn(GroupFixtures.lag());
        return SignedInPages.read(mvc, get("/grupper/" + GroupFixtures.LAG).param("datum", day), "lag", "LAG_MEMBER");
    }
}
