package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * Each aggregate's head as reporting-service received it over Kafka, kept where the writing service's database user
 * cannot rewrite it. A writing service's {@code POST /api/admin/event-store/verify} takes this body as it is and
 * checks that its store still reaches every head: deleting an aggregate's latest events leaves no trace in the chain
 * itself, only here.
 */
@Schema(description = "Each aggregate's last event of one writing service as reporting-service received it over Kafka; "
        + "POST it unchanged to that service's /api/admin/event-store/verify")
public record ChainAnchors(
        @Schema(description = "The writing service, e.g. case-service", example = "case-service") String service,
        @Schema(description = "By aggregate id (for an event outside an aggregate: its event id)")
        Map<String, Head> heads) {

    @Schema(description = "The last event received of one aggregate")
    public record Head(
            @Schema(description = "Its sequence number in the aggregate") long sequence,
            @Schema(description = "Its event id") String eventId,
            @Schema(description = "Its SHA-256 hash (64 lower-case hex digits)") String hash) {
    }
}
