package se.rjh.mtp.groups.register.domain;

import java.time.Period;
import java.util.List;
import se.rjh.mtp.api.devices.DeviceKind;

/**
 * The register's rules that are configuration, not code (group-service {@code mtp.register.*}): the Swedish details
 * may change without a release. Handed to the aggregate's command handlers as a resource.
 */
public interface RegisterPolicy {

    /** The review interval a new device gets. */
    Period reviewInterval();

    /** How soon after a linked incident the review is due; zero: at once. */
    Period earlyReviewPeriod();

    /** The default interval between market searches. */
    Period marketSearchInterval();

    /** The Annex I sections a device's GSPR checklist must answer before release. */
    List<String> gsprRequirements(DeviceKind kind);

    /** What the information to IVO must hold, one item each. */
    List<String> ivoRequiredContent();
}
