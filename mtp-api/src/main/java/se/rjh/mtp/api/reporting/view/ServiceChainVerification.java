package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The hash chains of reporting-service's copy recomputed service by service, so that an auditor sees which writing
 * service's events are intact and, where one is not, its first bad event
 *
 * @param services One report per writing service, in the order case-service, group-service, guideline-service
 */
public record ServiceChainVerification(
        List<ServiceReport> services) {

    /**
     * One writing service's events in reporting-service's copy
     *
     * @param service The writing service, e.g. case-service
     * @param report Its chains, with the first bad event when one is found
     */
    public record ServiceReport(
            @Schema(example = "case-service") String service,
            ChainVerificationReport report) {
    }
}
