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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /** Every kind of refusal, thrown directly or wrapped by Axon: answered with what the exception says. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            input      | direct        | 400 | Invalid input                   | subject must not be blank
            input      | wrapped       | 400 | Invalid input                   | subject must not be blank
            conflict   | direct        | 409 | Not allowed in the current step | Not allowed in step DECIDED: the case must be open
            conflict   | wrapped       | 409 | Not allowed in the current step | Not allowed in step DECIDED: the case must be open
            conflict   | remote        | 409 | Not allowed in the current step | Not allowed in step DECIDED: the case must be open
            incomplete | wrapped       | 409 | The proposal is incomplete      | Not allowed in step PREPARATION: missing: a; b
            forbidden  | wrapped       | 403 | Forbidden                       | Only a current member of LAG-1 may do this.
            missing    | MTP-2026-0001 | 404 | Not Found                       | case MTP-2026-0001 not found
            missing    | <script>      | 404 | Not Found                       | case not found
            """)
    void aRefusalIsAProblemWithTheStatusTitleAndDetailOfItsKind(String kind, String id, int status, String title,
                                                                 String detail) throws Exception {
        mvc.perform(get("/refuse/" + kind + "/" + id))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.detail").value(detail));
    }

    @Test
    void invalidInputNamesTheFieldInTheSameShapeAsBeanValidation() throws Exception {
        mvc.perform(get("/refuse/input/wrapped"))
                .andExpect(jsonPath("$.field").value("subject"))
                .andExpect(jsonPath("$.errors[0].field").value("subject"))
                .andExpect(jsonPath("$.errors[0].reason").value("must not be blank"));
    }

    @Test
    void aStateConflictNamesTheStepAndWhatIsNeeded() throws Exception {
        mvc.perform(get("/refuse/conflict/remote"))
                .andExpect(jsonPath("$.currentStep").value("DECIDED"))
                .andExpect(jsonPath("$.needed").value("the case must be open"));
    }

    @Test
    void aServicesOwnRefusalAddsItsFieldsWithoutAHandlerOfItsOwn() throws Exception {
        mvc.perform(get("/refuse/incomplete/wrapped"))
                .andExpect(jsonPath("$.currentStep").value("PREPARATION"))
                .andExpect(jsonPath("$.missing", contains("a", "b")));
    }

    @Test
    void aMissingThingHasNoConflictFields() throws Exception {
        mvc.perform(get("/refuse/missing/MTP-2026-0001"))
                .andExpect(jsonPath("$.currentStep").doesNotExist());
    }
}
