package se.rjh.mtp.reporting.replay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.reporting.view.GenerationDigests;
import se.rjh.mtp.api.reporting.view.ReplayStatus;
import se.rjh.mtp.platform.security.Access;

/**
 * An operator (ADMIN) or an auditor starts a replay, the auditor to see for themselves that the read models follow
 * from the events (issue 17); both watch it and read the digests.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit: replay and digests", description = "Rebuilding every read model from the topics, and the digests that show it is identical.")
class ReplayController {

    private final ReplayService replay;

    ReplayController(ReplayService replay) {
        this.replay = replay;
    }

    @Operation(summary = "Start rebuilding every read model from the beginning of the topics into a new generation")
    @PostMapping("/replay")
    @Access.AuditorOrAdmin
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReplayStatus start() {
        return replay.start();
    }

    @Operation(summary = "The replay's progress, or its result with the digests before and after")
    @GetMapping("/replay")
    @Access.AuditorOrAdmin
    ReplayStatus status() {
        return replay.status();
    }

    @Operation(summary = "The digest of every read model in the active generation")
    @GetMapping("/digests")
    @Access.AuditorOrAdmin
    GenerationDigests digests() {
        return replay.digestsOfActive();
    }
}
