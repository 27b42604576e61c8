package se.rjh.mtp.platform.eventstore;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin endpoint that runs the hash-chain verification on demand (it reads the whole store: keep it admin-only). */
@RestController
@RequestMapping("/api/admin/event-store")
public class EventStoreAdminController {

    private final ChainVerifier verifier;

    public EventStoreAdminController(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/verify")
    @PreAuthorize("hasRole('ADMIN')")
    public ChainVerificationReport verify() {
        return verifier.verify();
    }
}
