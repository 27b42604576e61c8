package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * Each aggregate's head as reporting-service received it over Kafka, kept where the writing service's database user
 * cannot rewrite it. A writing service's {@code POST /api/admin/event-store/verify} takes this body as it is and
 * checks that its store still reaches every head: deleting an aggregate's latest events leaves no trace in the chain
 * itself, only here.
 *
 * @param service The writing service, e.g. case-service
 * @param heads By aggregate id (for an event outside an aggregate: its event id)
 */
public record ChainAnchors(
        @Schema(example = "case-service") String service,
        Map<String, Head> heads) {

    /**
     * The last event received of one aggregate
     *
     * @param sequence Its sequence number in the aggregate
     * @param eventId Its event id
     * @param hash Its SHA-256 hash (64 lower-case hex digits)
     */
    public record Head(
            long sequence,
            String eventId,
            String hash) {
    }
}
