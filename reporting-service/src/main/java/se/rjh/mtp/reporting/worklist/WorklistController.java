package se.rjh.mtp.reporting.worklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.reporting.view.Worklist;

/** Every signed-in user has a work list; what is on it follows from their roles and their name. */
@Tag(name = "Work list (bevakning)")
@RestController
class WorklistController {

    private final Worklists worklists;

    WorklistController(Worklists worklists) {
        this.worklists = worklists;
    }

    @Operation(summary = "The signed-in user's work list (bevakning): what waits on them, overdue items first")
    @GetMapping("/api/worklist")
    Worklist worklist(Authentication user) {
        return worklists.of(user);
    }
}
