package se.rjh.mtp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.InHouseCondition;
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.api.cases.DeviceMarking;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.cases.InHouseConditionCode;
import se.rjh.mtp.api.cases.NationalRecommendation;
import se.rjh.mtp.portal.cases.CaseCommands;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/** The case officer's preparation forms: notes, documents, risk, and the case type's own data. */
@PortalWebMvcTest
class PreparationFormsControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseGateway cases;

    @BeforeEach
    void aCaseInPreparation() {
        when(cases.get("c-1")).thenReturn(Pages.caseOf("c-1", CaseType.INCIDENT_FOLLOW_UP, CaseStep.IN_PREPARATION,
                "handlaggare", List.of(), List.of()));
    }

    private static MockHttpServletRequestBuilder officer(MockHttpServletRequestBuilder request) {
        return request.with(Pages.signedIn("handlaggare", "CASE_OFFICER")).with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(officer(request)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aNoteIsSavedAndTheCasePageSaysSo() throws Exception {
        String empty = page(post("/arenden/c-1/anteckning").param("text", " "));
        assertThat(empty).contains("<title>Fel: Lägg till anteckning – ", "href=\"#text\"",
                "id=\"text-error\"", "Skriv anteckningen", "MTP/7/2026");
        assertThat(empty.split("govuk-error-summary__list")[1].split("</ul>")[0].split("<a ")).hasSize(2);
        verify(cases, never()).addNote(any(), any());

        mvc.perform(officer(post("/arenden/c-1/anteckning").param("text", " Ringde leverantören ")))
                .andExpect(redirectedUrl("/arenden/c-1")).andExpect(flash().attribute("banner", "banner.noteAdded"));
        verify(cases).addNote("c-1", new CaseCommands.Note("Ringde leverantören"));
    }

    @Test
    void aDocumentNeedsNameChecksumAndAWholeSizeOneSummaryLinkEach() throws Exception {
        String wrong = page(post("/arenden/c-1/dokument").param("name", "").param("checksum", "")
                .param("sizeBytes", "stor"));
        assertThat(wrong).contains("href=\"#name\"", "href=\"#checksum\"", "href=\"#sizeBytes\"",
                "Ange dokumentets namn", "Ange kontrollsumman", "Ange ett heltal");
        assertThat(wrong.split("govuk-error-summary__list")[1].split("</ul>")[0].split("<a ")).hasSize(4);

        mvc.perform(officer(post("/arenden/c-1/dokument").param("name", "Riskanalys.pdf").param("checksum", "ab12")
                .param("sizeBytes", "2048"))).andExpect(redirectedUrl("/arenden/c-1"));
        verify(cases).referenceDocument("c-1", new CaseCommands.DocumentReference("Riskanalys.pdf", "ab12", 2048));
    }

    @Test
    void theRiskIsTwoChoicesOnTheScaleAndTheServicesRefusalIsShownAtItsField() throws Exception {
        String form = page(get("/arenden/c-1/risk"));
        assertThat(form).contains("name=\"severity\"", "1 – mycket låg", "5 – mycket hög");

        String missing = page(post("/arenden/c-1/risk").param("severity", "3"));
        assertThat(missing).contains("href=\"#probability\"", "Välj hur sannolik skadan är")
                .doesNotContain("href=\"#severity\"");

        doThrow(new ServiceRefusal(400, "bad", List.of(new ServiceRefusal.FieldProblem("comment", "too long"))))
                .when(cases).assessRisk(eq("c-1"), any());
        String refused = page(post("/arenden/c-1/risk").param("severity", "3").param("probability", "2")
                .param("comment", "Se bilaga"));
        assertThat(refused).contains("href=\"#comment\"", "id=\"comment-error\"", "Uppgiften godtogs inte");
        verify(cases).assessRisk("c-1", new CaseCommands.RiskAssessment(3, 2, "Se bilaga"));
    }

    @Test
    void anIncidentsDatesAreSentAndADateBeforeTheEventIsShownAtItsField() throws Exception {
        doThrow(new ServiceRefusal(400, "bad", List.of(new ServiceRefusal.FieldProblem("reportedToIvoOn",
                "must not be before the event date")))).when(cases).recordIncidentDetails(eq("c-1"), any());

        String refused = page(post("/arenden/c-1/handelse").param("eventDate", "2026-11-10")
                .param("reportedToIvoOn", "2026-11-01").param("lexMariaAssessed", "true")
                .param("inHouseDeviceId", " EGT-3 "));
        assertThat(refused).contains("href=\"#reportedToIvoOn\"", "id=\"reportedToIvoOn-error\"",
                "Rapporterad till IVO", "lex Maria", "Egentillverkad produkt");
        verify(cases).recordIncidentDetails("c-1", new CaseCommands.IncidentDetails(LocalDate.of(2026, 11, 10), null,
                null, null, LocalDate.of(2026, 11, 1), true, "EGT-3"));

        String badDate = page(post("/arenden/c-1/handelse").param("eventDate", "10 nov"));
        assertThat(badDate).contains("href=\"#eventDate\"", "Ange datum i formatet ÅÅÅÅ-MM-DD");
    }

    @Test
    void notReportableTakesAReason() throws Exception {
        assertThat(page(get("/arenden/c-1/ej-rapporteringspliktig")))
                .contains("Varför ska händelsen inte rapporteras?", "action=\"/arenden/c-1/ej-rapporteringspliktig\"");
        assertThat(page(post("/arenden/c-1/ej-rapporteringspliktig").param("reason", "")))
                .contains("href=\"#reason\"", "Skriv skälet");

        mvc.perform(officer(post("/arenden/c-1/ej-rapporteringspliktig").param("reason", "Ingen skada")))
                .andExpect(redirectedUrl("/arenden/c-1"));
        verify(cases).recordNotReportable("c-1", new CaseCommands.Reason("Ingen skada"));
    }

    @Test
    void theMdrChecklistListsAToHAndTheServicesRefusalLandsAtThatCondition() throws Exception {
        String form = page(get("/arenden/c-1/villkor"));
        assertThat(form).contains("MDR (EU) 2017/745", "a) Produkten överlåts inte", "h) Kliniska erfarenheter",
                "name=\"conditions[7].justification\"").doesNotContain("conditions[8]", "??");

        doThrow(new ServiceRefusal(400, "bad", List.of(new ServiceRefusal.FieldProblem("conditions.b",
                "must be confirmed or justified")))).when(cases).recordInHouseConditions(eq("c-1"), any());
        String refused = page(post("/arenden/c-1/villkor").param("conditions[0].code", "A")
                .param("conditions[0].confirmed", "true").param("conditions[1].code", "B"));
        assertThat(refused).contains("href=\"#conditions[1].justification\"",
                "id=\"conditions[1].justification-error\"");
        verify(cases).recordInHouseConditions("c-1", new CaseCommands.InHouseConditions(List.of(
                new InHouseCondition(InHouseConditionCode.A, true, null),
                new InHouseCondition(InHouseConditionCode.B, false, null))));
    }

    @Test
    void anIvdDevicesChecklistFollowsTheIvdrFromAToI() throws Exception {
        CaseView mdr = cases.get("c-1");
        when(cases.get("c-2")).thenReturn(new CaseView("c-2", mdr.caseNumber(), mdr.step(), mdr.lastChangedAt(),
                mdr.subject(), null, CaseType.IN_HOUSE_MANUFACTURING, mdr.channel(), mdr.submitter(),
                mdr.receivedOn(), null, mdr.classification(),
                new Device("Blodgasanalys", "Laboratoriet", "BG-1", null, DeviceClass.IVDR_B, DeviceMarking.IN_HOUSE),
                null, mdr.registeredOn(), mdr.caseOfficer(), mdr.preparationStartedOn(), null, null, null, null, null,
                null, null, null, null, null, false, List.of(), List.of(), List.of(), List.of()));

        String form = page(get("/arenden/c-2/villkor"));

        assertThat(form).contains("IVDR (EU) 2017/746", "c) Laboratoriet uppfyller EN ISO 15189",
                "i) Erfarenheter från klinisk användning", "name=\"conditions[8].justification\"",
                "name=\"regulation\" value=\"IVDR\"").doesNotContain("??");
    }

    @Test
    void theRecommendationOrThatThereIsNone() throws Exception {
        assertThat(page(post("/arenden/c-1/rekommendation").param("recommendation", "MAYBE")))
                .contains("href=\"#recommendation\"", "Välj MTP-rådets rekommendation");

        mvc.perform(officer(post("/arenden/c-1/rekommendation").param("recommendation", "NONE")))
                .andExpect(redirectedUrl("/arenden/c-1"));
        verify(cases).recordNationalRecommendation("c-1", new CaseCommands.Recommendation(null, null, null));

        mvc.perform(officer(post("/arenden/c-1/rekommendation").param("recommendation", "BOR")
                .param("reference", "MTP-rådet 2026:4").param("issuedOn", "2026-10-01")))
                .andExpect(redirectedUrl("/arenden/c-1"));
        verify(cases).recordNationalRecommendation("c-1", new CaseCommands.Recommendation(NationalRecommendation.BOR,
                "MTP-rådet 2026:4", LocalDate.of(2026, 10, 1)));
    }

    @Test
    void theCaseOfficerOfTheCaseSeesTheFormsOfItsType() throws Exception {
        when(cases.history("c-1")).thenReturn(List.of());
        String own = mvc.perform(get("/arenden/c-1").with(Pages.signedIn("handlaggare", "CASE_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("href=\"/arenden/c-1/anteckning\"", "href=\"/arenden/c-1/handelse\"",
                "href=\"/arenden/c-1/samverkan\"").doesNotContain("/arenden/c-1/villkor", "/arenden/c-1/rekommendation");

        String other = mvc.perform(get("/arenden/c-1").with(Pages.signedIn("annan", "CASE_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain("/arenden/c-1/anteckning", "/arenden/c-1/samverkan\"");
    }
}
