package se.rjh.mtp.platform.security;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import se.rjh.mtp.platform.production.ProfileDefaults;

/**
 * What the prod profile refuses to start with. HTTP Basic means the demo users (password = user name), and with
 * them group-service's demo chair and LAG member: in production they would be a way in and would block appointing
 * the real chair. Checked while the security filter chain is built, before anything listens or connects.
 */
final class ProductionSafety {

    private ProductionSafety() {
    }

    static void check(Environment environment, SecurityProperties properties) {
        if (!environment.acceptsProfiles(Profiles.of(ProfileDefaults.PROD))) {
            return;
        }
        if (!properties.jwt()) {
            throw new UnsafeProductionSettingException("MTP_SECURITY_MODE", "jwt",
                    "mtp.security.mode is '" + properties.mode() + "', which signs in the local demo users "
                            + "(admin/admin, ...) with HTTP Basic");
        }
    }
}
