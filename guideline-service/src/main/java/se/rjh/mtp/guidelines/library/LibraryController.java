package se.rjh.mtp.guidelines.library;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.guidelines.view.LibraryEntry;
import se.rjh.mtp.platform.security.Access;

@RestController
@RequestMapping("/api/guidelines")
@Tag(name = "Library", description = "The published library and the register of all guidelines. Any authenticated user may read.")
class LibraryController {

    private final LibraryQuery query;

    LibraryController(LibraryQuery query) {
        this.query = query;
    }

    @Operation(summary = "The published library: only guidelines in force, each with its current version",
            description = "Any authenticated user. `text` searches title, scope and the published text; `regulation` "
                    + "finds guidelines citing a regulation, e.g. `MDR Art. 5` (covers 5(5)) or `HSLF-FS 2021:52 kap. 5`.")
    @GetMapping("/library")
    @Access.SignedIn
    List<LibraryEntry> library(@Parameter(description = "words in title, scope or published text")
                               @RequestParam(required = false) String text,
                               @Parameter(description = "e.g. MDR Art. 5(5)") @RequestParam(required = false) String regulation) {
        return query.search(text, regulation, true);
    }

    @Operation(summary = "Every guideline in any state (drafts, in review, published, retired)",
            description = "Any authenticated user. Same filters as the library.")
    @GetMapping
    @Access.SignedIn
    List<LibraryEntry> register(@Parameter(description = "words in title, scope or published text")
                                @RequestParam(required = false) String text,
                                @Parameter(description = "e.g. MDR Art. 5(5)") @RequestParam(required = false) String regulation) {
        return query.search(text, regulation, false);
    }
}
