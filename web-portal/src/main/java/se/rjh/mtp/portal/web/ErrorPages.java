package se.rjh.mtp.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.config.PortalProperties;
import se.rjh.mtp.portal.cases.ServiceUnavailableException;

/**
 * A refusal or an unreachable service as a Swedish page with the matching status, never a stack trace. Form pages
 * catch their own 400s and show them at the fields; what reaches here is the rest.
 */
@ControllerAdvice
class ErrorPages {

    /** The one error template; the model's {@code kind} picks its texts. Spring Boot's own errors use it too. */
    static final String ERROR_VIEW = "error";
    private static final Pattern CASE_PATH = Pattern.compile("/arenden/[A-Za-z0-9-]+");

    private final String registrationId;

    ErrorPages(PortalProperties properties) {
        this.registrationId = properties.registrationId();
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    String unavailable(ServiceUnavailableException e, HttpServletResponse response, Model model) {
        return ProblemPages.unavailable(e, response, model, "kind", ERROR_VIEW);
    }

    /**
     * The user's sign-in at the identity provider no longer gives a token (the refresh token expired or was
     * revoked): sign in again, which brings the user back to where they were going.
     */
    @ExceptionHandler(ClientAuthorizationRequiredException.class)
    String signInAgain(ClientAuthorizationRequiredException e) {
        return "redirect:/oauth2/authorization/" + e.getClientRegistrationId();
    }

    @ExceptionHandler(ServiceRefusal.class)
    String refused(ServiceRefusal e, HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = e.status();
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            // The service no longer accepts the token (the failure handler has forgotten it): sign in afresh.
            return signInAgain(new ClientAuthorizationRequiredException(registrationId));
        }
        response.setStatus(status);
        // The case's own page, to read it again as it now stands.
        Matcher onCase = CASE_PATH.matcher(request.getRequestURI());
        model.addAttribute("reload", status == HttpServletResponse.SC_CONFLICT && onCase.lookingAt() ? onCase.group() : null);
        model.addAttribute("kind", switch (status) {
            case 403, 404, 409 -> String.valueOf(status);
            default -> status >= 500 ? "5xx" : "400";
        });
        return ERROR_VIEW;
    }
}
