package se.rjh.mtp.portal;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.rjh.mtp.portal.web.Pages;

/** What most page tests do first: the page as a signed-in user with a role reads it, answered 200, as HTML. */
public final class SignedInPages {

    private SignedInPages() {
    }

    public static String read(MockMvc mvc, MockHttpServletRequestBuilder request, String user, String role)
            throws Exception {
        return mvc.perform(request.with(Pages.signedIn(user, role))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
