package se.rjh.mtp.reporting.replay;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.reporting.readmodel.ReadModelDigests;

/** Starting a replay is an operator's act (ADMIN); watching it and reading the digests is for auditors too. */
@Tag(name = "Audit: replay and digests")
@RestController
@RequestMapping("/api/audit")
class ReplayController {

    private final ReplayService replay;
    private final ReadModelDigests digests;

    ReplayController(ReplayService replay, ReadModelDigests digests) {
        this.replay = replay;
        this.digests = digests;
    }

    @PostMapping("/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('ADMIN')")
    ReplayStatus start() {
        return replay.start();
    }

    @GetMapping("/replay")
    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    ReplayStatus status() {
        return replay.status();
    }

    @GetMapping("/digests")
    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    Map<String, Object> digests() {
        return digests.ofActive();
    }
}
