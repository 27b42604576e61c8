package se.rjh.mtp.platform.architecture.sample.platform.domain;

import se.rjh.mtp.platform.security.Roles;

public class PlatformAggregate {
    String role = Roles.ADMIN.toLowerCase();
    Class<?> roles = Roles.class;
}
