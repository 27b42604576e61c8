package se.rjh.mtp.reporting.worklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.reporting.view.Worklist;

/** Every signed-in user has a work list; what is on it follows from their roles and their name. */
@RestController
@RequestMapping("/api/worklist")
@Tag(name = "Work list (bevakning)", description = "What waits on the signed-in user, by role: overdue items first. Any authenticated user.")
record WorklistController(Worklists worklists) {

    @Operation(summary = "The signed-in user's work list (bevakning): what waits on them, overdue items first")
    @GetMapping
    Worklist worklist(Authentication user) {
        return worklists.of(user);
    }
}
