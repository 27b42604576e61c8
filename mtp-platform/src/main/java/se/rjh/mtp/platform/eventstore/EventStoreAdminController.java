package se.rjh.mtp.platform.eventstore;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin endpoint that runs the hash-chain verification on demand (it reads the whole store: keep it admin-only). A
 * bad event is an answer, {@code valid: false} naming it, never an error.
 */
@Tag(name = "Admin: event store")
@RestController
@RequestMapping("/api/admin/event-store")
@PreAuthorize("hasRole('ADMIN')")
public class EventStoreAdminController {

    private final ChainVerifier verifier;

    public EventStoreAdminController(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    @Operation(summary = "Recompute every event's hash chain in this service's store and name the first bad event")
    @GetMapping("/verify")
    public ChainVerificationReport verify() {
        return verifier.verify();
    }
}
