package se.rjh.mtp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.view.CaseListItem;
import se.rjh.mtp.api.cases.view.CaseListOrder;
import se.rjh.mtp.api.cases.view.CasePage;
import se.rjh.mtp.portal.cases.CaseFilter;
import se.rjh.mtp.portal.cases.CaseGateway;

@PortalWebMvcTest
class CaseListControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseGateway cases;

    @Test
    void aPlainRequestGetsTheWholePageAndHtmxOnlyTheResults() throws Exception {
        when(cases.list(any())).thenReturn(Pages.page(
                Pages.received("c-1", "Diskdesinfektor", LocalDate.of(2026, 11, 20))));

        String page = mvc.perform(get("/arenden").param("step", "RECEIVED").with(Pages.signedIn("lag", "LAG_MEMBER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html lang=\"sv\"", "Region Jämtland Härjedalen", "id=\"case-results\"",
                "Diskdesinfektor", "href=\"/arenden/c-1\"", "Logga ut");

        String fragment = mvc.perform(get("/arenden").param("step", "RECEIVED").header("HX-Request", "true")
                        .with(Pages.signedIn("lag", "LAG_MEMBER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"case-results\"", "Diskdesinfektor")
                .doesNotContain("<html", "Region Jämtland Härjedalen", "<form");

        verify(cases, org.mockito.Mockito.times(2)).list(new CaseFilter(CaseStep.RECEIVED, null, null, 0, 20));
    }

    @Test
    void withoutSignInThePortalSendsTheBrowserToTheIdentityProvider() throws Exception {
        String location = mvc.perform(get("/arenden")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).endsWith("/oauth2/authorization/mtp");
    }

    @Test
    void aSignInThatNoLongerGivesATokenSignsInAgain() throws Exception {
        when(cases.list(any())).thenThrow(
                new org.springframework.security.oauth2.client.ClientAuthorizationRequiredException("mtp"));

        mvc.perform(get("/arenden").with(Pages.signedIn("lag", "LAG_MEMBER")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/oauth2/authorization/mtp"));
    }

    @Test
    void aTokenTheServiceRefusesSignsInAgain() throws Exception {
        when(cases.list(any())).thenThrow(new se.rjh.mtp.portal.cases.ServiceRefusal(401, "expired", java.util.List.of()));

        mvc.perform(get("/arenden").with(Pages.signedIn("lag", "LAG_MEMBER")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/oauth2/authorization/mtp"));
    }

    @Test
    void anUnreachableServiceIsASwedishPageWith503() throws Exception {
        when(cases.list(any())).thenThrow(new se.rjh.mtp.portal.cases.ServiceUnavailableException("case-service", null));

        String page = mvc.perform(get("/arenden").with(Pages.signedIn("lag", "LAG_MEMBER")))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tjänsten är inte tillgänglig just nu").doesNotContain("Exception");
    }

    @Test
    void theReceivedColumnSortsByALinkWithAriaSortAndPagingKeepsTheOrder() throws Exception {
        CaseListItem[] many = new CaseListItem[20];
        for (int i = 0; i < many.length; i++) {
            many[i] = Pages.received("c-" + i, "Ärende " + i, LocalDate.of(2026, 11, 1 + i));
        }
        when(cases.list(any())).thenReturn(new CasePage(List.of(many), 0, 20, 45));

        String newest = mvc.perform(get("/arenden").param("step", "RECEIVED").with(Pages.signedIn("lag", "LAG_MEMBER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Newest first unless asked: the header says so and links to the other order, keeping the filter.
        assertThat(newest).contains("aria-sort=\"descending\"",
                "href=\"/arenden?step=RECEIVED&amp;caseType=&amp;q=&amp;sort=receivedOn,asc\"", "sortera med det först inkomna först",
                "href=\"/arenden?step=RECEIVED&amp;caseType=&amp;q=&amp;sort=receivedOn,desc&amp;page=1\"",
                "name=\"sort\" value=\"receivedOn,desc\"");

        String oldest = mvc.perform(get("/arenden").param("step", "RECEIVED").param("sort", "receivedOn,asc")
                        .param("page", "1").with(Pages.signedIn("lag", "LAG_MEMBER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(oldest).contains("aria-sort=\"ascending\"", "href=\"/arenden?step=RECEIVED&amp;caseType=&amp;q=&amp;sort=receivedOn,desc\"",
                "href=\"/arenden?step=RECEIVED&amp;caseType=&amp;q=&amp;sort=receivedOn,asc&amp;page=0\"",
                "href=\"/arenden?step=RECEIVED&amp;caseType=&amp;q=&amp;sort=receivedOn,asc&amp;page=2\"");
        // Sorted by case-service's query, not on the page.
        verify(cases).list(new CaseFilter(CaseStep.RECEIVED, null, null, 1, 20, CaseListOrder.RECEIVED_OLDEST));

        // An order case-service does not know is the default one.
        mvc.perform(get("/arenden").param("sort", "subject,asc").with(Pages.signedIn("lag", "LAG_MEMBER")))
                .andExpect(status().isOk());
        verify(cases).list(new CaseFilter(null, null, null, 0, 20, CaseListOrder.RECEIVED_NEWEST));
    }
}
