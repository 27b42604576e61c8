package se.rjh.mtp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.cases.CaseStep;
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
}
