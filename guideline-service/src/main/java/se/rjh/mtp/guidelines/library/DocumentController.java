package se.rjh.mtp.guidelines.library;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.guidelines.library.GuidelineView.VersionView;

@RestController
@RequestMapping("/api/guidelines/{documentNumber}")
@Tag(name = "Guideline documents", description = "One guideline: its history, any version, diffs, published text. "
        + "Any authenticated user may read; old versions stay readable for ever.")
class DocumentController {

    private static final int MAX_DIFF_LINES = 5_000;
    private static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

    private final EventStore eventStore;

    DocumentController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A guideline with its details and full version history (RL-MTP-<n>)")
    GuidelineView guideline(@PathVariable String documentNumber) {
        return GuidelineHistory.read(eventStore, documentNumber);
    }

    @GetMapping("/versions")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Every version, oldest first, with status, authors, reviewers, verdicts and validity")
    List<VersionView> versions(@PathVariable String documentNumber) {
        return GuidelineHistory.read(eventStore, documentNumber).versions;
    }

    @GetMapping("/versions/{versionNumber}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One version, also superseded ones")
    VersionView version(@PathVariable String documentNumber, @PathVariable int versionNumber) {
        return version(GuidelineHistory.read(eventStore, documentNumber), versionNumber);
    }

    @GetMapping("/diff")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Line-by-line difference between two versions (KEPT, ADDED, REMOVED)")
    List<LineDiff.Line> diff(@PathVariable String documentNumber, @RequestParam int from, @RequestParam int to) {
        GuidelineView view = GuidelineHistory.read(eventStore, documentNumber);
        String oldText = version(view, from).content;
        String newText = version(view, to).content;
        if (LineDiff.lineCount(oldText) > MAX_DIFF_LINES || LineDiff.lineCount(newText) > MAX_DIFF_LINES) {
            throw new InvalidInputException("from", "the versions are too long to compare line by line");
        }
        return LineDiff.diff(oldText, newText);
    }

    @GetMapping(value = "/published.md", produces = "text/markdown;charset=UTF-8")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The published version's text as Markdown")
    ResponseEntity<String> publishedMarkdown(@PathVariable String documentNumber) {
        return ResponseEntity.ok().contentType(MARKDOWN).body(published(documentNumber).content);
    }

    @GetMapping(value = "/published.html", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The published version's text as an HTML page (raw HTML in the Markdown is escaped)")
    ResponseEntity<String> publishedHtml(@PathVariable String documentNumber) {
        GuidelineView view = GuidelineHistory.read(eventStore, documentNumber);
        VersionView version = published(view);
        String page = "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(view.documentNumber + " " + view.title) + "</title></head><body>\n<header><p>"
                + HtmlUtils.htmlEscape(view.documentNumber) + ", version " + version.versionNumber
                + ". Giltig från " + version.validFrom + ". Nästa revision senast " + version.nextReviewDate
                + ".</p></header>\n<main>\n" + MarkdownRendering.toHtml(version.content) + "</main></body></html>\n";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                // Belt and braces: even if markup slipped through, the browser runs no script from this page.
                .header("Content-Security-Policy", "default-src 'none'; img-src https: data:; style-src 'unsafe-inline'")
                .body(page);
    }

    private VersionView published(String documentNumber) {
        return published(GuidelineHistory.read(eventStore, documentNumber));
    }

    private static VersionView published(GuidelineView view) {
        if (view.publishedVersion == null || view.retired) {
            throw new NotFoundException("Published version of", view.documentNumber);
        }
        return view.version(view.publishedVersion);
    }

    private static VersionView version(GuidelineView view, int number) {
        VersionView version = view.version(number);
        if (version == null) {
            throw new NotFoundException("Version", view.documentNumber + " v" + number);
        }
        return version;
    }
}
