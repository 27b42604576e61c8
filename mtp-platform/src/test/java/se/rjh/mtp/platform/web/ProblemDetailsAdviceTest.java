package se.rjh.mtp.platform.web;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.common.ActionNotPermittedException;
import se.rjh.mtp.api.common.DomainException;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.StateConflictException;

class ProblemDetailsAdviceTest {

    /** A service's own refusal: a conflict that also lists what is missing. */
    static class IncompleteException extends StateConflictException {
        IncompleteException() {
            super("PREPARATION", "missing: a; b");
        }

        @Override
        public String title() {
            return "The proposal is incomplete";
        }

        @Override
        public Map<String, Object> properties() {
            Map<String, Object> properties = new LinkedHashMap<>(super.properties());
            properties.put("missing", List.of("a", "b"));
            return properties;
        }
    }

    @RestController
    static class Refusing {
        @GetMapping("/refuse/{kind}/{id}")
        void refuse(@PathVariable String kind, @PathVariable String id) {
            DomainException refusal = switch (kind) {
                case "input" -> new InvalidInputException("subject", "must not be blank");
                case "conflict" -> new StateConflictException("DECIDED", "the case must be open");
                case "incomplete" -> new IncompleteException();
                case "forbidden" -> new ActionNotPermittedException("Only a current member of LAG-1 may do this.");
                default -> new NotFoundException("case", id);
            };
            if (id.equals("wrapped")) {
                throw new CommandExecutionException("handler failed", refusal);
            }
            if (id.equals("remote")) {
                throw new CommandExecutionException("handler failed", null, refusal);
            }
            throw refusal;
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Refusing())
            .setControllerAdvice(new ProblemDetailsAdvice()).build();

    @Test
    void invalidInputNamesTheFieldInTheSameShapeAsBeanValidation() throws Exception {
        for (String how : List.of("direct", "wrapped")) {
            mvc.perform(get("/refuse/input/" + how))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Invalid input"))
                    .andExpect(jsonPath("$.detail").value("subject must not be blank"))
                    .andExpect(jsonPath("$.field").value("subject"))
                    .andExpect(jsonPath("$.errors[0].field").value("subject"))
                    .andExpect(jsonPath("$.errors[0].reason").value("must not be blank"));
        }
    }

    @Test
    void aStateConflictNamesTheStepAndWhatIsNeeded() throws Exception {
        for (String how : List.of("direct", "wrapped", "remote")) {
            mvc.perform(get("/refuse/conflict/" + how))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.title").value("Not allowed in the current step"))
                    .andExpect(jsonPath("$.detail").value("Not allowed in step DECIDED: the case must be open"))
                    .andExpect(jsonPath("$.currentStep").value("DECIDED"))
                    .andExpect(jsonPath("$.needed").value("the case must be open"));
        }
    }

    @Test
    void aServicesOwnRefusalAddsItsFieldsWithoutAHandlerOfItsOwn() throws Exception {
        mvc.perform(get("/refuse/incomplete/wrapped"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("The proposal is incomplete"))
                .andExpect(jsonPath("$.currentStep").value("PREPARATION"))
                .andExpect(jsonPath("$.missing", contains("a", "b")));
    }

    @Test
    void anActionNotPermittedIsForbiddenLikeAMissingRole() throws Exception {
        mvc.perform(get("/refuse/forbidden/wrapped"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Forbidden"))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void aMissingThingIsNamedOnlyByAPlainId() throws Exception {
        mvc.perform(get("/refuse/missing/MTP-2026-0001"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("case MTP-2026-0001 not found"))
                .andExpect(jsonPath("$.currentStep").doesNotExist());
        mvc.perform(get("/refuse/missing/<script>"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("case not found"));
    }
}
