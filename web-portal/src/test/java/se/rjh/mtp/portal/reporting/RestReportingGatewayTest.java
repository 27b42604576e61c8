package se.rjh.mtp.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import se.rjh.mtp.portal.cases.ScriptedGatewayTest;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/** The one reporting-service gateway against a scripted service: each page's read goes to its path and query. */
class RestReportingGatewayTest extends ScriptedGatewayTest<RestReportingGateway> {

    RestReportingGatewayTest() {
        super("http://reporting-service", RestReportingGateway::new);
    }

    @Test
    void theAuditReadsAskForTheTrailAsJsonAndTheCaseAtAnInstant() {
        Instant asOf = Instant.parse("2026-11-30T10:15:00Z");
        service.expect(requestTo("http://reporting-service/api/audit/cases/c-1?format=json"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("{\"caseId\":\"c-1\"}", MediaType.APPLICATION_JSON));
        service.expect(requestTo("http://reporting-service/api/audit/cases/c-1?asOf=" + asOf))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("{\"caseId\":\"c-1\"}", MediaType.APPLICATION_JSON));
        service.expect(requestTo("http://reporting-service/api/reports/dashboard")).andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));

        assertThat(gateway.trail("c-1").caseId()).isEqualTo("c-1");
        assertThat(gateway.caseAt("c-1", asOf).caseId()).isEqualTo("c-1");
        assertThat(gateway.dashboard()).isNotNull();
        service.verify();
    }

    @Test
    void aReplayAlreadyRunningIsARefusal() {
        refuses(HttpMethod.POST, "http://reporting-service/api/audit/replay", HttpStatus.CONFLICT,
                "{\"status\":409,\"detail\":\"A replay is already running\"}");

        ServiceRefusal refusal = catchThrowableOfType(ServiceRefusal.class, gateway::startReplay);

        assertThat(refusal.status()).isEqualTo(409);
    }
}
