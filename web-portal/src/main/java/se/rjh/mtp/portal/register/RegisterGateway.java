package se.rjh.mtp.portal.register;

import java.util.List;
import se.rjh.mtp.api.cases.view.HistoryEntry;
import se.rjh.mtp.api.devices.view.InHouseDevicePage;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;
import se.rjh.mtp.api.devices.view.RegisterRules;
import se.rjh.mtp.api.devices.view.ReleaseCheck;

/**
 * The register of in-house devices in group-service, with the signed-in user's token. A command the service refuses
 * for its input throws a {@code ServiceRefusal} (400, by field; a refused release 409 with {@code missing}); a device
 * no longer in the step the page showed throws {@link DeviceChangedException}.
 */
public interface RegisterGateway {

    InHouseDevicePage list(RegisterFilter filter);

    InHouseDeviceView get(String deviceId);

    List<HistoryEntry> history(String deviceId);

    ReleaseCheck releaseCheck(String deviceId);

    RegisterRules rules();

    void describe(String deviceId, RegisterCommands.Description description);

    void recordMarketSearch(String deviceId, RegisterCommands.MarketSearch search);

    void recordGspr(String deviceId, RegisterCommands.Gspr checklist);

    void recordIvoInformation(String deviceId, RegisterCommands.IvoInformation information);

    /** @param reviewInterval an ISO-8601 period such as {@code P12M} */
    void changeReviewInterval(String deviceId, String reviewInterval);

    void startDevelopment(String deviceId);

    void release(String deviceId, RegisterCommands.Release release);

    void putInUse(String deviceId, RegisterCommands.InUse inUse);

    void withdraw(String deviceId, RegisterCommands.Withdrawal withdrawal);

    /** @return the new review's id */
    String review(String deviceId, RegisterCommands.Review review);

    void completeAction(String deviceId, String reviewId, String actionId, RegisterCommands.ActionCompletion completion);
}
