package se.rjh.mtp.portal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One signed-in user's browser against the portal in MockMvc: each request is sent as that user, with the CSRF
 * token a form of the portal carries (a page that is only read ignores it).
 */
public record Browser(MockMvc mvc, String name, String role) {

    /** The demo users (password = user name locally), one a role. */
    public static Browser officer(MockMvc mvc) {
        return new Browser(mvc, "handlaggare", "CASE_OFFICER");
    }

    public static Browser chair(MockMvc mvc) {
        return new Browser(mvc, "ordforande", "LSG_CHAIR");
    }

    public static Browser registrar(MockMvc mvc) {
        return new Browser(mvc, "registrator", "REGISTRAR");
    }

    public static Browser auditor(MockMvc mvc) {
        return new Browser(mvc, "revisor", "AUDITOR");
    }

    public static Browser member(MockMvc mvc) {
        return new Browser(mvc, "lag", "LAG_MEMBER");
    }

    /** A page the portal shows, as its HTML. */
    public String page(MockHttpServletRequestBuilder request) throws Exception {
        return page(request, status().isOk());
    }

    /** A page the portal answers with {@code status} (an error page, a form refused), as its HTML. */
    public String page(MockHttpServletRequestBuilder request, ResultMatcher status) throws Exception {
        return send(request).andExpect(status).andReturn().getResponse().getContentAsString();
    }

    /** The request sent, for the test to check the answer itself (a redirect and its banner). */
    public ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(Pages.signedIn(name, role)).with(csrf()));
    }
}
