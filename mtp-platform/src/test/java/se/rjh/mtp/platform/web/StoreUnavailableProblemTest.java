package se.rjh.mtp.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.platform.eventstore.CommitOutcomeUnknownException;

/**
 * The store away or silent is a 503 with {@code Retry-After}; "nothing was changed" only when no request reached
 * it, otherwise the problem type says the outcome is unknown, however Axon wraps the failure.
 */
class StoreUnavailableProblemTest {

    @RestController
    static class Unsure {
        @GetMapping("/unsure/{how}")
        void unsure(@PathVariable String how) {
            RuntimeException unknown = new CommitOutcomeUnknownException(List.of("e-1"),
                    new MongoSocketReadTimeoutException("timed out", new ServerAddress(), null));
            throw switch (how) {
                case "wrapped" -> new CommandExecutionException("handler failed", unknown);
                case "read-timeout" -> new MongoSocketReadTimeoutException("timed out", new ServerAddress(), null);
                case "unreachable" -> new MongoTimeoutException("no server");
                default -> unknown;
            };
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Unsure())
            .setControllerAdvice(new ProblemDetailsAdvice()).build();

    @Test
    void anUnknownOutcomeIsA503ThatSaysSo() throws Exception {
        for (String how : List.of("direct", "wrapped", "read-timeout")) {
            mvc.perform(get("/unsure/" + how))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", ProblemResponses.RETRY_AFTER_SECONDS))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(ProblemResponses.OUTCOME_UNKNOWN.toString()));
        }
    }

    @Test
    void anUnreachableStoreChangedNothing() throws Exception {
        mvc.perform(get("/unsure/unreachable"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", ProblemResponses.RETRY_AFTER_SECONDS))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.detail").value(containsString("Nothing was changed")));
    }
}
