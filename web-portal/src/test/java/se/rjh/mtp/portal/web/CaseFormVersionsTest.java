package se.rjh.mtp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.live.CaseChangedException;
import se.rjh.mtp.portal.live.CaseVersion;

/**
 * Every case form added after the first ones carries the version of the case it was rendered with (the hidden field
 * sent back as {@code If-Match}) and its live notice; a form sent on a version the case has left reads "Ärendet har
 * ändrats sedan du öppnade det", with a link that reads the case again, and nothing is saved.
 */
@PortalWebMvcTest
class CaseFormVersionsTest {

    private static final String VERSION = "<input type=\"hidden\" name=\"caseVersion\" value=\"6\">";

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseGateway cases;

    @BeforeEach
    void aCaseAtVersionSix() {
        when(cases.get("c-1")).thenAnswer(read -> {
            CaseVersion.seen("\"6\"");
            return Pages.caseOf("c-1", CaseType.INTRODUCTION, CaseStep.IN_CONSULTATION, "handlaggare",
                    List.of(ConsultationAndClosingControllerTest.OPEN), List.of(ConsultationAndClosingControllerTest.TRAINING));
        });
    }

    static Stream<String> formPages() {
        return Stream.of("anteckning", "dokument", "risk", "handelse", "ej-rapporteringspliktig", "villkor",
                "rekommendation", "samverkan", "samverkan/k-1/svar", "samverkan/k-1/avstaende", "aterremiss", "avslut",
                "makulering", "uppfoljningar/f-1");
    }

    @ParameterizedTest
    @MethodSource("formPages")
    void eachFormCarriesTheVersionItWasRenderedWith(String form) throws Exception {
        String page = mvc.perform(get("/arenden/c-1/" + form).with(Pages.signedIn("ordforande", "LSG_CHAIR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(VERSION, "sse-connect=\"/arenden/c-1/live?version=6\"");
    }

    @ParameterizedTest
    @MethodSource("checkPages")
    void theCheckPagesCarryTheVersionTheFormWasRenderedWith(MockHttpServletRequestBuilder check) throws Exception {
        String page = mvc.perform(check.param("caseVersion", "5").with(Pages.signedIn("ordforande", "LSG_CHAIR"))
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<input type=\"hidden\" name=\"caseVersion\" value=\"5\">");
    }

    static Stream<MockHttpServletRequestBuilder> checkPages() {
        return Stream.of(post("/arenden/c-1/avslut").param("note", "Klart"),
                post("/arenden/c-1/makulering").param("reason", "Dubblett"));
    }

    @ParameterizedTest
    @MethodSource("staleCommands")
    void aFormSentOnAnOlderVersionSaysTheCaseHasChanged(MockHttpServletRequestBuilder sent, Consumer<CaseGateway> command)
            throws Exception {
        command.accept(doThrow(new CaseChangedException("c-1", 7)).when(cases));

        String page = mvc.perform(sent.param("caseVersion", "5").with(Pages.signedIn("ordforande", "LSG_CHAIR"))
                        .with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Ärendet har ändrats sedan du öppnade det", "Ingenting har sparats",
                "href=\"/arenden/c-1\"");
    }

    static Stream<Arguments> staleCommands() {
        return Stream.of(
                Arguments.of(post("/arenden/c-1/anteckning").param("text", "Noterat"),
                        (Consumer<CaseGateway>) c -> c.addNote(eq("c-1"), any())),
                Arguments.of(post("/arenden/c-1/ej-rapporteringspliktig").param("reason", "Ingen skada"),
                        (Consumer<CaseGateway>) c -> c.recordNotReportable(eq("c-1"), any())),
                Arguments.of(post("/arenden/c-1/samverkan/k-1/svar").param("answer", "Nej"),
                        (Consumer<CaseGateway>) c -> c.answerConsultation(eq("c-1"), eq("k-1"), any())),
                Arguments.of(post("/arenden/c-1/aterremiss").param("reason", "Komplettera"),
                        (Consumer<CaseGateway>) c -> c.returnProposal(eq("c-1"), any())),
                Arguments.of(post("/arenden/c-1/avslut/bekrafta").param("note", "Klart"),
                        (Consumer<CaseGateway>) c -> c.close(eq("c-1"), any())),
                Arguments.of(post("/arenden/c-1/uppfoljningar/f-1").param("outcome", "DONE"),
                        (Consumer<CaseGateway>) c -> c.recordFollowUpOutcome(eq("c-1"), eq("f-1"), any())));
    }
}
