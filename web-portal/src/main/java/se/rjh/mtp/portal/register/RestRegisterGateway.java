package se.rjh.mtp.portal.register;

import static se.rjh.mtp.portal.cases.ServiceClients.GROUP_SERVICE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.view.HistoryEntry;
import se.rjh.mtp.api.devices.view.InHouseDevicePage;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;
import se.rjh.mtp.api.devices.view.RegisterRules;
import se.rjh.mtp.api.devices.view.ReleaseCheck;
import se.rjh.mtp.api.groups.view.CreatedId;
import se.rjh.mtp.portal.cases.Query;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.cases.ServiceClients;
import se.rjh.mtp.portal.cases.ServiceGateway;

/** group-service's register over HTTP, with the signed-in user's token (the relaying RestClient). */
@Component
class RestRegisterGateway extends ServiceGateway implements RegisterGateway {

    private static final String DEVICE = "/api/devices/{id}";

    RestRegisterGateway(ServiceClients clients, ObjectMapper json) {
        super(GROUP_SERVICE, clients, json);
    }

    @Override
    public InHouseDevicePage list(RegisterFilter filter) {
        return service.read(InHouseDevicePage.class, Query.path("/api/devices").param("page", filter.page())
                .param("size", filter.size()).param("status", filter.status()).param("unit", filter.unit())
                .param("q", filter.q()));
    }

    @Override
    public InHouseDeviceView get(String deviceId) {
        return service.read(InHouseDeviceView.class, DEVICE, deviceId);
    }

    @Override
    public List<HistoryEntry> history(String deviceId) {
        return service.read(new ParameterizedTypeReference<List<HistoryEntry>>() { }, DEVICE + "/history", deviceId);
    }

    @Override
    public ReleaseCheck releaseCheck(String deviceId) {
        return service.read(ReleaseCheck.class, DEVICE + "/release-check", deviceId);
    }

    @Override
    public RegisterRules rules() {
        return service.read(RegisterRules.class, "/api/devices/rules");
    }

    @Override
    public void describe(String deviceId, RegisterCommands.Description description) {
        send(deviceId, HttpMethod.PUT, "/description", description);
    }

    @Override
    public void recordMarketSearch(String deviceId, RegisterCommands.MarketSearch search) {
        send(deviceId, HttpMethod.PUT, "/market-search", search);
    }

    @Override
    public void recordGspr(String deviceId, RegisterCommands.Gspr checklist) {
        send(deviceId, HttpMethod.PUT, "/gspr", checklist);
    }

    @Override
    public void recordIvoInformation(String deviceId, RegisterCommands.IvoInformation information) {
        send(deviceId, HttpMethod.PUT, "/ivo-information", information);
    }

    @Override
    public void changeReviewInterval(String deviceId, String reviewInterval) {
        send(deviceId, HttpMethod.PUT, "/review-interval", java.util.Map.of("reviewInterval", reviewInterval));
    }

    @Override
    public void startDevelopment(String deviceId) {
        send(deviceId, HttpMethod.POST, "/development", null);
    }

    @Override
    public void release(String deviceId, RegisterCommands.Release release) {
        send(deviceId, HttpMethod.POST, "/release", release);
    }

    @Override
    public void putInUse(String deviceId, RegisterCommands.InUse inUse) {
        send(deviceId, HttpMethod.POST, "/in-use", inUse);
    }

    @Override
    public void withdraw(String deviceId, RegisterCommands.Withdrawal withdrawal) {
        send(deviceId, HttpMethod.POST, "/withdrawal", withdrawal);
    }

    @Override
    public String review(String deviceId, RegisterCommands.Review review) {
        return changing(deviceId,
                () -> service.send(HttpMethod.POST, review, CreatedId.class, DEVICE + "/reviews", deviceId)).id();
    }

    @Override
    public void completeAction(String deviceId, String reviewId, String actionId,
                               RegisterCommands.ActionCompletion completion) {
        send(deviceId, HttpMethod.POST, "/reviews/{reviewId}/actions/{actionId}/completion", completion, reviewId,
                actionId);
    }

    /** A command that answers 204; {@code tail} is the path after the device's, with its own variables. */
    private void send(String deviceId, HttpMethod method, String tail, Object body, Object... tailVariables) {
        Object[] variables = new Object[tailVariables.length + 1];
        variables[0] = deviceId;
        System.arraycopy(tailVariables, 0, variables, 1, tailVariables.length);
        changing(deviceId, () -> {
            service.sendNoContent(method, body, DEVICE + tail, variables);
            return null;
        });
    }

    /**
     * A 409 without a list of what is missing is the register's "wrong step": the device moved on since the page
     * was shown. A refused release (409 with {@code missing}) stays a refusal for its page to list.
     */
    private <T> T changing(String deviceId, Supplier<T> command) {
        try {
            return command.get();
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 409 && refusal.missing().isEmpty()) {
                throw new DeviceChangedException(deviceId, refusal);
            }
            throw refusal;
        }
    }
}
