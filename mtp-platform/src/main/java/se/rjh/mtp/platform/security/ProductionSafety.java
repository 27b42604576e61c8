package se.rjh.mtp.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;
import se.rjh.mtp.platform.production.ProfileDefaults;

/**
 * What the prod profile refuses to start with. HTTP Basic means the demo users (password = user name), and with
 * them group-service's demo chair and LAG member: in production they would be a way in and would block appointing
 * the real chair. A JWT is accepted only from one issuer and only when it names this system as its audience; without
 * either check a token the issuer minted for another application would be let in. Spring Boot's decoder checks both
 * (and expiry and signature) once they are set; this makes setting them mandatory. Checked while the security filter
 * chain is built, before anything listens or connects.
 */
final class ProductionSafety {

    static final String ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String AUDIENCES = "spring.security.oauth2.resourceserver.jwt.audiences";

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
        if (!StringUtils.hasText(environment.getProperty(ISSUER))) {
            throw new UnsafeProductionSettingException("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
                    "<the issuer, e.g. https://login.example.se/realms/mtp>",
                    ISSUER + " is not set, so a token's issuer would not be checked");
        }
        List<String> audiences = Binder.get(environment).bind(AUDIENCES, Bindable.listOf(String.class))
                .orElse(List.of()).stream().filter(StringUtils::hasText).toList();
        if (audiences.isEmpty()) {
            throw new UnsafeProductionSettingException("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES",
                    "<the audience the issuer puts in this system's tokens, e.g. mtp-api>",
                    AUDIENCES + " is not set, so tokens issued for other applications would be accepted");
        }
    }
}
