package se.rjh.archsample.platform.domain;

import se.rjh.mtp.platform.security.Roles;

public class PlatformAggregate {
    String role = Roles.ADMIN.toLowerCase();
    Class<?> roles = Roles.class;
}
