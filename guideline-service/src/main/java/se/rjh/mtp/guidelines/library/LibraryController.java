package se.rjh.mtp.guidelines.library;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.guidelines.domain.RegulationCitation;
import se.rjh.mtp.guidelines.library.LibraryStore.Entry;

@RestController
@RequestMapping("/api/guidelines")
@Tag(name = "Library", description = "The published library and the register of all guidelines. Any authenticated user may read.")
class LibraryController {

    private final LibraryStore store;

    LibraryController(LibraryStore store) {
        this.store = store;
    }

    @GetMapping("/library")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The published library: only guidelines in force, each with its current version",
            description = "Any authenticated user. `text` searches title, scope and the published text; `regulation` "
                    + "finds guidelines citing a regulation, e.g. `MDR Art. 5` (covers 5(5)) or `HSLF-FS 2021:52 kap. 5`.")
    List<Entry> library(@RequestParam(required = false) String text,
                        @Parameter(description = "e.g. MDR Art. 5(5)") @RequestParam(required = false) String regulation) {
        return search(text, regulation, true);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Every guideline in any state (drafts, in review, published, retired)",
            description = "Any authenticated user. Same filters as the library.")
    List<Entry> register(@RequestParam(required = false) String text,
                         @RequestParam(required = false) String regulation) {
        return search(text, regulation, false);
    }

    private List<Entry> search(String text, String regulation, boolean publishedOnly) {
        if (text != null && text.length() > 200) {
            throw new InvalidInputException("text", "must be at most 200 characters");
        }
        if (regulation != null && regulation.length() > 200) {
            throw new InvalidInputException("regulation", "must be at most 200 characters");
        }
        String needle = text == null || text.isBlank() ? null : text.toLowerCase(Locale.ROOT).trim();
        return store.all().stream()
                .filter(e -> !publishedOnly || e.published())
                .filter(e -> needle == null || contains(e.title(), needle) || contains(e.scope(), needle)
                        || contains(e.publishedContent(), needle) || contains(e.documentNumber(), needle))
                .filter(e -> regulation == null || regulation.isBlank()
                        || e.references().stream().anyMatch(r -> RegulationCitation.covers(regulation, r)))
                .sorted(Comparator.comparingLong(LibraryController::number))
                .toList();
    }

    private static boolean contains(String field, String needle) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static long number(Entry entry) {
        String n = entry.documentNumber().substring(entry.documentNumber().lastIndexOf('-') + 1);
        return n.chars().allMatch(Character::isDigit) ? Long.parseLong(n) : Long.MAX_VALUE;
    }
}
