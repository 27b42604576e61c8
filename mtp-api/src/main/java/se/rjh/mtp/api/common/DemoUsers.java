package se.rjh.mtp.api.common;

import java.util.Map;

/**
 * The local demo users and their role, password = user name. The services sign them in with HTTP Basic and the
 * local authorization server (mtp-local) with its login form; the prod profile refuses them. The role names are
 * those of mtp-platform's {@code Roles}, which DemoUsersTest holds them to.
 */
public final class DemoUsers {

    public static final Map<String, String> ROLES = Map.of(
            "registrator", "REGISTRAR",
            "handlaggare", "CASE_OFFICER",
            "ordforande", "LSG_CHAIR",
            "lag", "LAG_MEMBER",
            "revisor", "AUDITOR",
            "admin", "ADMIN");

    private DemoUsers() {
    }
}
