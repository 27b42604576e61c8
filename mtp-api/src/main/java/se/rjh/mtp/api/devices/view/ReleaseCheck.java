package se.rjh.mtp.api.devices.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Whether the device may be released now, and if not what is missing: the same list a refused release answers with
 * (409, problem member {@code missing}).
 *
 * @param ready true when nothing is missing and the device is UNDER_DEVELOPMENT
 * @param missing what stands in the way, one item per line, e.g. {@code gspr.10.4: unanswered}
 */
@Schema(name = "InHouseDeviceReleaseCheck")
public record ReleaseCheck(String deviceId, boolean ready, List<String> missing) {
}
