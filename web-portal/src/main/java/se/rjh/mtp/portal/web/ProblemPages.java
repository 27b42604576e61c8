package se.rjh.mtp.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import se.rjh.mtp.portal.cases.ServiceUnavailableException;

/**
 * The two answers every part of the portal shows on its own problem page: a service that does not answer (503; the
 * rest of the portal keeps working) and a thing that changed since the page was shown (409, with a link that reads it
 * again). {@code attribute} is the model attribute the part's template picks its texts by.
 */
public final class ProblemPages {

    private static final Logger log = LoggerFactory.getLogger(ProblemPages.class);

    private ProblemPages() {
    }

    public static String unavailable(ServiceUnavailableException e, HttpServletResponse response, Model model,
                                     String attribute, String view) {
        log.warn("{}", e.getMessage());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        model.addAttribute(attribute, "unavailable");
        return view;
    }

    /** @param reload the page to read again, or null */
    public static String changed(HttpServletResponse response, Model model, String attribute, String reload,
                                 String view) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute(attribute, "changed");
        model.addAttribute("reload", reload);
        return view;
    }
}
