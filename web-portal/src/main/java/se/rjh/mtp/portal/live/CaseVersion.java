package se.rjh.mtp.portal.live;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The version of a case a page was rendered with: case-service's {@code ETag} (the aggregate's last sequence number).
 * Reading a case notes it as the request attribute {@value #NAME}, which the forms' hidden field of the same name
 * carries ({@code fragments/live :: caseVersion}); a command sent while handling such a form carries it back as
 * {@code If-Match} ({@link #relay()}). Kept out of the controllers, so every case form gets it the same way.
 */
public final class CaseVersion {

    /** The request attribute and form field. */
    public static final String NAME = "caseVersion";
    private static final Pattern ETAG = Pattern.compile("\"(\\d{1,19})\"");
    private static final Pattern VERSION = Pattern.compile("\\d{1,19}");

    private CaseVersion() {
    }

    /** Notes the version of the case this request has read, from the service's {@code ETag}. */
    public static void seen(String etag) {
        HttpServletRequest request = current();
        if (request != null && etag != null) {
            var version = ETAG.matcher(etag.strip());
            if (version.matches()) {
                request.setAttribute(NAME, Long.parseLong(version.group(1)));
            }
        }
    }

    /** Sends the version the submitted form was rendered with as {@code If-Match} on every command. */
    public static ClientHttpRequestInterceptor relay() {
        return CaseVersion::ifMatch;
    }

    private static ClientHttpResponse ifMatch(HttpRequest outgoing, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        HttpServletRequest request = current();
        if (request != null && outgoing.getMethod() != HttpMethod.GET) {
            String version = request.getParameter(NAME);
            if (version != null && VERSION.matcher(version).matches()) {
                outgoing.getHeaders().set(HttpHeaders.IF_MATCH, "\"" + version + "\"");
            }
        }
        return execution.execute(outgoing, body);
    }

    private static HttpServletRequest current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
