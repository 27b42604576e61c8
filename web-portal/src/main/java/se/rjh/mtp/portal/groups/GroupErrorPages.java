package se.rjh.mtp.portal.groups;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import se.rjh.mtp.portal.cases.ServiceUnavailableException;
import se.rjh.mtp.portal.web.ProblemPages;

/**
 * The group pages' own words for two answers of group-service: 409 (the assignment or group changed since the page
 * was shown; a link reads it again) and no answer at all (group-service is down; the rest of the portal works). Every
 * other refusal goes to the portal's error pages.
 */
@ControllerAdvice(basePackageClasses = GroupErrorPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class GroupErrorPages {

    static final String VIEW = "groups/error";
    /** The page to read again: the assignment's or the group's own page. */
    private static final Pattern PAGE = Pattern.compile("/(uppdrag|grupper)/[A-Za-z0-9-]+");

    @ExceptionHandler(GroupStateConflict.class)
    String changed(GroupStateConflict e, HttpServletRequest request, HttpServletResponse response, Model model) {
        Matcher page = PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        return ProblemPages.changed(response, model, "kind",
                page.lookingAt() ? request.getContextPath() + page.group() : null, VIEW);
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    String unavailable(ServiceUnavailableException e, HttpServletResponse response, Model model) {
        return ProblemPages.unavailable(e, response, model, "kind", VIEW);
    }
}
