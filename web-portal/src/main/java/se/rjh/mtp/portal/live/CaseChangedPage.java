package se.rjh.mtp.portal.live;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.util.UriUtils;

/**
 * "Ärendet har ändrats sedan du öppnade det" on the portal's one error page (its kind {@value #KIND}), with a link
 * that reads the case again: 409, nothing was changed.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseChangedPage {

    static final String KIND = "changed";

    @ExceptionHandler(CaseChangedException.class)
    String changed(CaseChangedException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("kind", KIND);
        model.addAttribute("reload", casePath(request, e.caseId()));
        return "error";
    }

    /** The case page's path, as a link on this portal. */
    static String casePath(HttpServletRequest request, String caseId) {
        return request.getContextPath() + "/arenden/" + UriUtils.encodePathSegment(caseId, "UTF-8");
    }
}
