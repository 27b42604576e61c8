package se.rjh.mtp.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.headerDoesNotExist;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.portal.live.CaseChangedException;
import se.rjh.mtp.portal.live.CaseVersion;

/**
 * The gateway's part of optimistic concurrency: the case's {@code ETag} is noted for the form, the form's version goes
 * back as {@code If-Match} on the command, and case-service's "changed since" 409 becomes {@link CaseChangedException}.
 */
class RestCaseGatewayIfMatchTest extends ScriptedGatewayTest<RestCaseGateway> {

    private final MockHttpServletRequest page = new MockHttpServletRequest();

    RestCaseGatewayIfMatchTest() {
        super("http://case-service", RestCaseGateway::new);
    }

    @BeforeEach
    void setUp() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(page));
    }

    @AfterEach
    void tearDown() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void readingACaseNotesItsVersionForTheForm() {
        HttpHeaders etag = new HttpHeaders();
        etag.setETag("\"4\"");
        service.expect(requestTo("http://case-service/api/cases/c-1"))
                .andRespond(withSuccess("{\"id\": \"c-1\", \"subject\": \"Diskdesinfektor\"}", MediaType.APPLICATION_JSON)
                        .headers(etag));

        assertThat(gateway.get("c-1").subject()).isEqualTo("Diskdesinfektor");
        assertThat(page.getAttribute(CaseVersion.NAME)).isEqualTo(4L);
    }

    @Test
    void aFormsVersionGoesAsIfMatchAndAStaleOneIsRefusedAsChanged() {
        page.setParameter(CaseVersion.NAME, "4");
        service.expect(requestTo("http://case-service/api/cases/c-1/decision"))
                .andExpect(header(HttpHeaders.IF_MATCH, "\"4\""))
                .andRespond(ScriptedService.problem(HttpStatus.CONFLICT,
                        "{\"status\": 409, \"title\": \"Changed since it was read\", \"currentVersion\": 6}"));

        assertThatThrownBy(() -> gateway.decide("c-1", new Decision("Får införas", DecisionBody.LSG, null, java.util.List.of())))
                .isInstanceOfSatisfying(CaseChangedException.class, changed -> {
                    assertThat(changed.caseId()).isEqualTo("c-1");
                    assertThat(changed.currentVersion()).isEqualTo(6);
                });
        service.verify();
    }

    @Test
    void withoutAVersionOnTheFormNoIfMatchIsSentAndAStepRefusalStaysARefusal() {
        service.expect(requestTo("http://case-service/api/cases/c-1/decision"))
                .andExpect(headerDoesNotExist(HttpHeaders.IF_MATCH))
                .andRespond(ScriptedService.problem(HttpStatus.CONFLICT,
                        "{\"status\": 409, \"title\": \"Not allowed\", \"currentStep\": \"RECEIVED\"}"));

        assertThatThrownBy(() -> gateway.decide("c-1", new Decision("Får införas", DecisionBody.LSG, null, java.util.List.of())))
                .isInstanceOfSatisfying(ServiceRefusal.class, refusal -> assertThat(refusal.status()).isEqualTo(409));
        service.verify();
    }
}
