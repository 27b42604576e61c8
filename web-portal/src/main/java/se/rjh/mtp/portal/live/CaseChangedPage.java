package se.rjh.mtp.portal.live;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** "Ärendet har ändrats sedan du öppnade det", with a link that reads the case again: 409, nothing was changed. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseChangedPage {

    @ExceptionHandler(CaseChangedException.class)
    String changed(CaseChangedException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("caseId", e.caseId());
        return "live/changed";
    }
}
