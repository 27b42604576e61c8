package se.rjh.mtp.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.ConcernedBody;

/**
 * The gateway against a scripted case-service: each command goes to the path and with the body the service's
 * controllers declare, and a refusal's problem (field errors, open follow-ups) is read back.
 */
class RestCaseGatewayTest extends ScriptedGatewayTest<RestCaseGateway> {

    RestCaseGatewayTest() {
        super("http://case-service", RestCaseGateway::new);
    }

    @Test
    void commandsGoToTheServicesPathsWithItsBodies() {
        service.expect(requestTo("http://case-service/api/cases/c-1/incident-details")).andExpect(method(HttpMethod.PUT))
                .andExpect(content().json("{\"eventDate\":\"2026-11-10\",\"reportedToIvoOn\":\"2026-11-12\","
                        + "\"lexMariaAssessed\":true}"))
                .andRespond(withSuccess("{\"id\":\"c-1\"}", MediaType.APPLICATION_JSON));
        service.expect(requestTo("http://case-service/api/cases/c-1/consultations")).andExpect(method(HttpMethod.POST))
                .andExpect(content().json("{\"body\":\"GAS_COMMITTEE\",\"question\":\"Gas?\",\"dueDate\":\"2026-12-05\"}"))
                .andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"consultationId\":\"k-1\",\"step\":\"IN_CONSULTATION\"}"));
        service.expect(requestTo("http://case-service/api/cases/c-1/consultations/k-1/waiver"))
                .andExpect(method(HttpMethod.POST)).andExpect(content().json("{\"reason\":\"Besvarad muntligt\"}"))
                .andRespond(withSuccess("{\"id\":\"c-1\",\"consultationId\":\"k-1\"}", MediaType.APPLICATION_JSON));

        gateway.recordIncidentDetails("c-1", new CaseCommands.IncidentDetails(LocalDate.of(2026, 11, 10), null, null,
                null, LocalDate.of(2026, 11, 12), true, null));
        assertThat(gateway.requestConsultation("c-1", new CaseCommands.ConsultationRequest(ConcernedBody.GAS_COMMITTEE,
                "Gas?", LocalDate.of(2026, 12, 5)))).isEqualTo(CaseStep.IN_CONSULTATION);
        gateway.waiveConsultation("c-1", "k-1", new CaseCommands.Reason("Besvarad muntligt"));
        service.verify();
    }

    @Test
    void aClosingRefusedForOpenFollowUpsNamesThem() {
        refuses(HttpMethod.POST, "http://case-service/api/cases/c-1/closure", HttpStatus.CONFLICT,
                "{\"status\":409,\"detail\":\"Follow-ups are still open\",\"openFollowUps\":[\"f-1\",\"f-2\"]}");

        ServiceRefusal refusal = catchThrowableOfType(ServiceRefusal.class,
                () -> gateway.close("c-1", new CaseCommands.Closure(null, null)));

        assertThat(refusal.status()).isEqualTo(409);
        assertThat(refusal.openFollowUps()).containsExactly("f-1", "f-2");
    }

    @Test
    void aRefusedFieldComesBackByTheServicesName() {
        refuses(HttpMethod.POST, "http://case-service/api/cases/c-1/risk-assessment", HttpStatus.BAD_REQUEST,
                "{\"status\":400,\"errors\":[{\"field\":\"severity\",\"reason\":\"must be between 1 and 5\"}]}");

        ServiceRefusal refusal = catchThrowableOfType(ServiceRefusal.class,
                () -> gateway.assessRisk("c-1", new CaseCommands.RiskAssessment(9, 1, null)));

        assertThat(refusal.fieldProblems()).containsExactly(
                new ServiceRefusal.FieldProblem("severity", "must be between 1 and 5"));
    }
}
