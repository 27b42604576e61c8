package se.rjh.mtp.portal.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import se.rjh.mtp.api.devices.GsprAnswer;
import se.rjh.mtp.api.devices.GsprEntry;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.devices.ReviewConclusion;
import se.rjh.mtp.api.devices.ReviewFindings;
import se.rjh.mtp.portal.cases.ScriptedGatewayTest;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/**
 * The register's gateways against a scripted group-service: the paths and bodies its controllers declare, a refused
 * release read with its missing list, and a wrong step as a device that moved on.
 */
class RestRegisterGatewayTest extends ScriptedGatewayTest<RestRegisterGateway> {

    private final RestDeclarationGateway declarations = scripted.gateway(RestDeclarationGateway::new);

    RestRegisterGatewayTest() {
        super("http://group-service", RestRegisterGateway::new);
    }

    @Test
    void readsAndCommandsGoToTheServicesPathsWithItsBodies() {
        service.expect(requestTo("http://group-service/api/devices?page=1&size=20&status=IN_USE&q=kalkyl"))
                .andRespond(withSuccess("{\"items\":[],\"page\":1,\"size\":20,\"total\":0}", MediaType.APPLICATION_JSON));
        service.expect(requestTo("http://group-service/api/devices/EGT-3/gspr")).andExpect(method(HttpMethod.PUT))
                .andExpect(content().json("{\"entries\":[{\"requirement\":\"17.2\",\"answer\":\"NOT_MET\","
                        + "\"justification\":\"Validerad miljö\"}],\"changeNote\":\"Nytt krav\"}"))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));
        service.expect(requestTo("http://group-service/api/devices/EGT-3/development")).andExpect(method(HttpMethod.POST))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));
        service.expect(requestTo("http://group-service/api/devices/EGT-3/review-interval"))
                .andExpect(method(HttpMethod.PUT)).andExpect(content().json("{\"reviewInterval\":\"P6M\"}"))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));
        service.expect(requestTo("http://group-service/api/devices/EGT-3/reviews")).andExpect(method(HttpMethod.POST))
                .andExpect(content().json("{\"findings\":{\"clinicalExperience\":\"Väl\",\"equivalentDeviceAvailable\":false,"
                        + "\"marketSearchNote\":\"Sökt\",\"conclusion\":\"CONTINUE\"},\"correctiveActions\":[{\"description\":"
                        + "\"Kontroll\",\"owner\":\"Anna\",\"dueDate\":\"2027-01-15\"}]}"))
                .andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body("{\"id\":\"r-2\"}"));
        service.expect(requestTo("http://group-service/api/devices/EGT-3/reviews/r-2/actions/r-2-1/completion"))
                .andExpect(method(HttpMethod.POST)).andRespond(withStatus(HttpStatus.NO_CONTENT));
        service.expect(requestTo("http://group-service/api/public/declaration?on=2026-11-20"))
                .andRespond(withSuccess("{\"version\":0,\"devices\":[]}", MediaType.APPLICATION_JSON));
        service.expect(requestTo("http://group-service/api/public/declaration"))
                .andRespond(withSuccess("{\"version\":2,\"devices\":[]}", MediaType.APPLICATION_JSON));

        assertThat(gateway.list(new RegisterFilter(InHouseDeviceStatus.IN_USE, " ", "kalkyl", 1, 20)).total()).isZero();
        gateway.recordGspr("EGT-3", new RegisterCommands.Gspr(List.of(new GsprEntry("17.2", GsprAnswer.NOT_MET,
                "Validerad miljö")), "Nytt krav"));
        gateway.startDevelopment("EGT-3");
        gateway.changeReviewInterval("EGT-3", "P6M");
        assertThat(gateway.review("EGT-3", new RegisterCommands.Review(new ReviewFindings(null, null, "Väl", null, null,
                false, "Sökt", ReviewConclusion.CONTINUE), List.of(new RegisterCommands.NewCorrectiveAction("Kontroll",
                "Anna", LocalDate.of(2027, 1, 15)))))).isEqualTo("r-2");
        gateway.completeAction("EGT-3", "r-2", "r-2-1", new RegisterCommands.ActionCompletion(null, null));
        assertThat(declarations.declaration(LocalDate.of(2026, 11, 20)).version()).isZero();
        assertThat(declarations.declaration(null).version()).isEqualTo(2);
        service.verify();
    }

    @Test
    void aRefusedReleaseKeepsItsMissingListAndAWrongStepIsADeviceThatMovedOn() {
        refuses(HttpMethod.POST, "http://group-service/api/devices/EGT-3/release", HttpStatus.CONFLICT,
                "{\"title\":\"The release is incomplete\",\"currentStep\":\"UNDER_DEVELOPMENT\","
                        + "\"missing\":[\"gspr.1: unanswered\",\"ivoInformation: date and reference\"]}");
        refuses(HttpMethod.POST, "http://group-service/api/devices/EGT-3/in-use", HttpStatus.CONFLICT,
                "{\"currentStep\":\"IN_USE\",\"needed\":\"RELEASED\"}");

        ServiceRefusal refused = catchThrowableOfType(ServiceRefusal.class,
                () -> gateway.release("EGT-3", new RegisterCommands.Release(null)));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.missing()).containsExactly("gspr.1: unanswered", "ivoInformation: date and reference");

        DeviceChangedException moved = catchThrowableOfType(DeviceChangedException.class,
                () -> gateway.putInUse("EGT-3", new RegisterCommands.InUse(null)));
        assertThat(moved.deviceId()).isEqualTo("EGT-3");
        service.verify();
    }
}
