package se.rjh.mtp.platform.eventstore;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.reporting.view.ChainAnchors;
import se.rjh.mtp.platform.security.Access;

/**
 * Admin endpoint that runs the hash-chain verification on demand (it reads the whole store: keep it admin-only). A
 * bad event is an answer, {@code valid: false} naming it, never an error. The anchored heads come in the request,
 * as reporting-service serves them, so that services still exchange domain data only as Kafka events: the operator
 * (or an auditor's script) carries them over.
 */
@RestController
@RequestMapping("/api/admin/event-store")
@Tag(name = "Admin: event store", description = "Verification of this service's own event store against anchors. Role: ADMIN.")
public class EventStoreAdminController {

    private final ChainVerifier verifier;
    private final String serviceName;

    public EventStoreAdminController(ChainVerifier verifier, String serviceName) {
        this.verifier = verifier;
        this.serviceName = serviceName;
    }

    @Operation(summary = "Recompute every event's hash chain in this service's store and name the first bad event")
    @GetMapping("/verify")
    @Access.Admin
    public ChainVerificationReport verify() {
        return verifier.verify();
    }

    @Operation(summary = "As GET, and check that the store still reaches every head reporting-service anchored "
            + "(the body is reporting-service's GET /api/audit/anchors?service=<this service>, unchanged)")
    @PostMapping("/verify")
    @Access.Admin
    public ChainVerificationReport verify(@RequestBody ChainAnchors anchors) {
        return verifier.verify(checked(anchors));
    }

    private Map<String, ChainAnchors.Head> checked(ChainAnchors anchors) {
        if (!serviceName.equals(anchors.service())) {
            throw new InvalidInputException("service", "must be " + serviceName + ": these heads were anchored for "
                    + "another service");
        }
        if (anchors.heads() == null) {
            throw new InvalidInputException("heads", "is required");
        }
        anchors.heads().forEach((aggregateId, head) -> {
            String field = "heads." + aggregateId;
            if (aggregateId.isBlank() || head == null) {
                throw new InvalidInputException(field, "must be an aggregate id with its head");
            }
            if (head.sequence() < 0) {
                throw new InvalidInputException(field + ".sequence", "must be 0 or more");
            }
            if (head.eventId() == null || head.eventId().isBlank()) {
                throw new InvalidInputException(field + ".eventId", "is required");
            }
            if (!EventHashes.isHash(head.hash())) {
                throw new InvalidInputException(field + ".hash", "must be 64 lower-case hex digits");
            }
        });
        return anchors.heads();
    }
}
