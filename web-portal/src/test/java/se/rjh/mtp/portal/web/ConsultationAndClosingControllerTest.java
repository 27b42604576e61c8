package se.rjh.mtp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.rjh.mtp.portal.web.Browser.chair;
import static se.rjh.mtp.portal.web.Browser.officer;
import static se.rjh.mtp.portal.web.Browser.registrar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.cases.view.ConsultationView;
import se.rjh.mtp.api.cases.view.FollowUpView;
import se.rjh.mtp.portal.cases.CaseCommands;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/** Samverkan, återremiss, closing and voiding (each behind a check page), and an OTHER follow-up's outcome. */
@PortalWebMvcTest
class ConsultationAndClosingControllerTest {

    static final ConsultationView OPEN = new ConsultationView("k-1", ConcernedBody.GAS_COMMITTEE,
            "Påverkas gasförsörjningen?", LocalDate.of(2026, 12, 5), ConsultationView.Status.OPEN, false,
            Instant.parse("2026-11-21T10:00:00Z"), null, null, null);
    static final FollowUpView TRAINING = new FollowUpView(new FollowUp("f-1", FollowUpKind.OTHER,
            "Utbilda personalen", null, null, null, LocalDate.of(2027, 1, 31)), FollowUpView.State.OPEN, null, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseGateway cases;

    @Test
    void aConsultationIsRequestedAnsweredOrWaived() throws Exception {
        when(cases.get("c-1")).thenReturn(Pages.caseOf("c-1", CaseType.INTRODUCTION, CaseStep.IN_CONSULTATION,
                "handlaggare", List.of(OPEN), List.of()));

        when(cases.history("c-1")).thenReturn(List.of());
        assertThat(officer(mvc).page(get("/arenden/c-1")))
                .contains("href=\"/arenden/c-1/samverkan/k-1/svar\"", "href=\"/arenden/c-1/forslag\"");

        String empty = officer(mvc).page(post("/arenden/c-1/samverkan").param("dueDate", ""));
        assertThat(empty).contains("href=\"#body\"", "href=\"#question\"", "href=\"#dueDate\"");
        assertThat(empty.split("govuk-error-summary__list")[1].split("</ul>")[0].split("<a ")).hasSize(4);

        officer(mvc).send(post("/arenden/c-1/samverkan").param("body", "GAS_COMMITTEE").param("question", "Gas?")
                        .param("dueDate", "2026-12-05"))
                .andExpect(redirectedUrl("/arenden/c-1"))
                .andExpect(flash().attribute("banner", "banner.consultationRequested"));
        verify(cases).requestConsultation("c-1", new CaseCommands.ConsultationRequest(ConcernedBody.GAS_COMMITTEE,
                "Gas?", LocalDate.of(2026, 12, 5)));

        assertThat(officer(mvc).page(get("/arenden/c-1/samverkan/k-1/svar")))
                .contains("Påverkas gasförsörjningen?", "Gaskommittén", "/arenden/c-1/samverkan/k-1/avstaende");
        officer(mvc).send(post("/arenden/c-1/samverkan/k-1/svar").param("answer", "Nej"))
                .andExpect(redirectedUrl("/arenden/c-1"));
        verify(cases).answerConsultation("c-1", "k-1", new CaseCommands.Answer("Nej"));

        assertThat(officer(mvc).page(post("/arenden/c-1/samverkan/k-1/avstaende").param("reason", "")))
                .contains("Påverkas gasförsörjningen?", "href=\"#reason\"");
        verify(cases, never()).waiveConsultation(any(), any(), any());

        officer(mvc).send(get("/arenden/c-1/samverkan/nope/svar"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theChairReturnsAProposalWithAReason() throws Exception {
        when(cases.get("c-1")).thenReturn(Pages.caseOf("c-1", CaseType.INTRODUCTION, CaseStep.DECISION_PROPOSED,
                "handlaggare", List.of(), List.of()));
        when(cases.history("c-1")).thenReturn(List.of());
        assertThat(chair(mvc).page(get("/arenden/c-1")))
                .contains("href=\"/arenden/c-1/aterremiss\"", "href=\"/arenden/c-1/makulering\"");

        chair(mvc).send(post("/arenden/c-1/aterremiss").param("reason", "Risken saknas"))
                .andExpect(redirectedUrl("/arenden/c-1")).andExpect(flash().attribute("banner", "banner.returned"));
        verify(cases).returnProposal("c-1", new CaseCommands.Reason("Risken saknas"));
    }

    @Test
    void closingIsCheckedFirstAndOpenFollowUpsAskForTheChairsReason() throws Exception {
        when(cases.get("c-1")).thenReturn(Pages.caseOf("c-1", CaseType.INTRODUCTION, CaseStep.DECIDED,
                "handlaggare", List.of(), List.of(TRAINING)));

        String check = chair(mvc).page(post("/arenden/c-1/avslut").param("note", "Klart"));
        assertThat(check).contains("<h1 class=\"govuk-heading-l\">Kontrollera innan du avslutar ärendet</h1>", 
                "Kontrollera innan du avslutar ärendet", "Klart",
                "action=\"/arenden/c-1/avslut/bekrafta\"", "formaction=\"/arenden/c-1/avslut/andra\"",
                "name=\"note\"").doesNotContain("Skäl att avsluta trots öppna uppföljningar");
        verify(cases, never()).close(any(), any());

        when(cases.close("c-1", new CaseCommands.Closure("Klart", null))).thenThrow(new ServiceRefusal(409,
                "open", List.of(), List.of(), List.of("f-1")));
        String refused = chair(mvc).page(post("/arenden/c-1/avslut/bekrafta").param("note", "Klart"));
        assertThat(refused).contains("href=\"#openFollowUpsReason\"", "Uppföljningar är fortfarande öppna",
                "Övrigt: Utbilda personalen", "Klart");

        when(cases.close("c-1", new CaseCommands.Closure("Klart", "Utbildningen sker i linjen")))
                .thenReturn(CaseStep.CLOSED);
        chair(mvc).send(post("/arenden/c-1/avslut/bekrafta").param("note", "Klart")
                        .param("openFollowUpsReason", "Utbildningen sker i linjen"))
                .andExpect(redirectedUrl("/arenden/c-1")).andExpect(flash().attribute("banner", "banner.closed"));
    }

    @Test
    void voidingIsCheckedFirstAndAChangeMeanwhileIsThe409Page() throws Exception {
        when(cases.get("c-1")).thenReturn(Pages.caseIn("c-1", CaseStep.REGISTERED, "MTP/3/2026"));

        assertThat(registrar(mvc).page(post("/arenden/c-1/makulering").param("reason", "")))
                .contains("href=\"#reason\"", "Skriv skälet");
        String check = registrar(mvc).page(post("/arenden/c-1/makulering").param("reason", "Dubblett"));
        assertThat(check).contains("Kontrollera innan du makulerar ärendet", "Dubblett",
                "action=\"/arenden/c-1/makulering/bekrafta\"");
        verify(cases, never()).voidCase(any(), any());

        when(cases.voidCase("c-1", new CaseCommands.Reason("Dubblett")))
                .thenThrow(new ServiceRefusal(409, "decided", List.of()));
        String changed = registrar(mvc).page(post("/arenden/c-1/makulering/bekrafta").param("reason", "Dubblett"),
                status().isConflict());
        assertThat(changed).contains("Ärendet har ändrats", "href=\"/arenden/c-1\"");
    }

    @Test
    void theCaseOfficerRecordsAnOtherFollowUpsOutcomeFromTheDecisionSection() throws Exception {
        when(cases.get("c-1")).thenReturn(Pages.caseOf("c-1", CaseType.INTRODUCTION, CaseStep.DECIDED,
                "handlaggare", List.of(), List.of(TRAINING)));
        when(cases.history("c-1")).thenReturn(List.of());

        String casePage = officer(mvc).page(get("/arenden/c-1"));
        assertThat(casePage).contains("Öppen", "Övrigt: Utbilda personalen",
                "href=\"/arenden/c-1/uppfoljningar/f-1\"");

        assertThat(officer(mvc).page(post("/arenden/c-1/uppfoljningar/f-1")))
                .contains("href=\"#outcome\"", "Välj hur uppföljningen gick");

        officer(mvc).send(post("/arenden/c-1/uppfoljningar/f-1").param("outcome", "NOT_POSSIBLE")
                        .param("reason", "Ingen budget"))
                .andExpect(redirectedUrl("/arenden/c-1"));
        verify(cases).recordFollowUpOutcome("c-1", "f-1", new CaseCommands.Outcome(FollowUpOutcome.NOT_POSSIBLE,
                "Ingen budget"));
    }
}
