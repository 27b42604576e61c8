package se.rjh.mtp.platform.security;

import java.util.List;

/**
 * Paths a service answers without sign-in, declared as a bean by the service that owns them (group-service's
 * acknowledgement links, whose signed token is the credential). Keep the patterns narrow: everything else stays
 * authenticated, and each endpoint still states {@code @PreAuthorize("permitAll()")} next to its code.
 *
 * @param patterns Ant-style path patterns, e.g. {@code /api/acknowledgements/*}
 */
public record PublicPaths(String... patterns) {

    public PublicPaths {
        if (patterns.length == 0 || List.of(patterns).stream().anyMatch(p -> p.isBlank() || p.contains("**"))) {
            throw new IllegalArgumentException("Public paths must be named one level at a time, without **");
        }
    }
}
