package se.rjh.mtp.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/** Writes a problem body straight to the servlet response, for answers given before Spring MVC is reached. */
public final class ProblemResponses {

    /** The problem type of an answer after which a change may or may not have been made. */
    public static final URI OUTCOME_UNKNOWN = URI.create("urn:mtp:problem:outcome-unknown");
    /** What every 503 tells the client to wait before it tries again, in seconds. */
    public static final String RETRY_AFTER_SECONDS = "5";
    /** With Spring's mix-in, extra members (a field, the errors) sit at the top level as in every other problem. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, ProblemDetail problem, HttpServletRequest request)
            throws IOException {
        // The raw (still percent-encoded) URI: request text never comes back decoded.
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // With its length, the answer is complete on the wire as soon as it is flushed.
        byte[] body = MAPPER.writeValueAsBytes(problem);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
