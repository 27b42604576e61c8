package se.rjh.mtp.portal.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import se.rjh.mtp.api.guidelines.ReviewVerdict;
import se.rjh.mtp.api.guidelines.view.CaseRequestView;
import se.rjh.mtp.portal.cases.ScriptedGatewayTest;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/**
 * The gateway against a scripted guideline-service: reads and commands go to the paths, with the bodies, that the
 * service's controllers declare, and its typed answers are read back.
 */
class RestGuidelineGatewayTest extends ScriptedGatewayTest<RestGuidelineGateway> {

    RestGuidelineGatewayTest() {
        super("http://guideline-service", RestGuidelineGateway::new);
    }

    @Test
    void theLibraryOrTheRegisterIsAskedWithTheSearchAndAGuidelinesFlagsAreRead() {
        service.expect(requestTo("http://guideline-service/api/guidelines/library?regulation=MDR%20Art.%205"))
                .andExpect(method(HttpMethod.GET)).andRespond(withSuccess("[]", MediaType.APPLICATION_JSON));
        service.expect(requestTo("http://guideline-service/api/guidelines?text=disk"))
                .andExpect(method(HttpMethod.GET)).andRespond(withSuccess("[]", MediaType.APPLICATION_JSON));
        service.expect(requestTo("http://guideline-service/api/guidelines/RL-MTP-3")).andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("""
                        {"documentNumber":"RL-MTP-3","kind":"GUIDELINE","title":"Disk","regulationReferences":[],
                         "reviewIntervalMonths":12,"retired":false,"revisionRequests":[],"versions":[],
                         "regulatoryFlags":[{"caseId":"c-9","caseNumber":"MTP/9/2026","followUpId":"f-1",
                           "text":"MDR Art. 5(5)","acknowledgedBy":"handlaggare","acknowledgedOn":"2026-11-30"}]}
                        """, MediaType.APPLICATION_JSON));

        assertThat(gateway.search(null, "MDR Art. 5", true)).isEmpty();
        assertThat(gateway.search("disk", null, false)).isEmpty();
        assertThat(gateway.guideline("RL-MTP-3").regulatoryFlags()).containsExactly(new CaseRequestView("c-9",
                "MTP/9/2026", "f-1", "MDR Art. 5(5)", "handlaggare", LocalDate.of(2026, 11, 30)));
        service.verify();
    }

    @Test
    void commandsGoToTheServicesPathsWithItsBodies() {
        service.expect(requestTo("http://guideline-service/api/guidelines/RL-MTP-3/versions/2/submission"))
                .andExpect(method(HttpMethod.POST)).andExpect(content().json("{\"reviewers\":[\"lag\"]}"))
                .andRespond(withSuccess("{\"documentNumber\":\"RL-MTP-3\",\"versionNumber\":2,\"status\":\"IN_REVIEW\"}",
                        MediaType.APPLICATION_JSON));
        service.expect(requestTo("http://guideline-service/api/guidelines/RL-MTP-3/versions/2/verdicts"))
                .andExpect(method(HttpMethod.POST)).andExpect(content().json("{\"verdict\":\"APPROVE\"}"))
                .andRespond(withSuccess("{\"documentNumber\":\"RL-MTP-3\",\"versionNumber\":2,\"verdict\":\"APPROVE\"}",
                        MediaType.APPLICATION_JSON));
        service.expect(requestTo("http://guideline-service/api/guidelines/RL-MTP-3/versions/2/publication"))
                .andExpect(method(HttpMethod.POST)).andExpect(content().json("{\"validFrom\":\"2027-01-01\"}"))
                .andRespond(withSuccess("{\"documentNumber\":\"RL-MTP-3\",\"versionNumber\":2,\"status\":\"PUBLISHED\","
                        + "\"validFrom\":\"2027-01-01\"}", MediaType.APPLICATION_JSON));
        service.expect(requestTo("http://guideline-service/api/guidelines/RL-MTP-3/regulatory-flags/f-1/acknowledgement"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess("{\"documentNumber\":\"RL-MTP-3\",\"followUpId\":\"f-1\","
                        + "\"acknowledgedBy\":\"handlaggare\",\"acknowledgedOn\":\"2026-12-01\"}", MediaType.APPLICATION_JSON));

        gateway.submitForReview("RL-MTP-3", 2, new GuidelineCommands.Submission(List.of("lag")));
        gateway.recordVerdict("RL-MTP-3", 2, new GuidelineCommands.Verdict(ReviewVerdict.APPROVE, null));
        gateway.publish("RL-MTP-3", 2, new GuidelineCommands.Publish(LocalDate.of(2027, 1, 1)));
        gateway.acknowledgeFlag("RL-MTP-3", "f-1");
        service.verify();
    }

    @Test
    void aRefusedApprovalCarriesTheServicesReason() {
        refuses(HttpMethod.POST, "http://guideline-service/api/guidelines/RL-MTP-3/versions/2/approval", HttpStatus.CONFLICT,
                "{\"status\":409,\"detail\":\"Not allowed in step IN_REVIEW: approval by someone who did "
                        + "not write the version (no one approves their own version)\"}");

        ServiceRefusal refusal = catchThrowableOfType(ServiceRefusal.class, () -> gateway.approve("RL-MTP-3", 2));

        assertThat(refusal.status()).isEqualTo(409);
        assertThat(GuidelineForms.refusalMessage(refusal)).isEqualTo("guidelines.refused.ownVersion");
    }
}
