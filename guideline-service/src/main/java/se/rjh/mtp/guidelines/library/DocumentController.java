package se.rjh.mtp.guidelines.library;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.guidelines.view.DiffLine;
import se.rjh.mtp.api.guidelines.view.GuidelineVersionView;
import se.rjh.mtp.api.guidelines.view.GuidelineView;
import se.rjh.mtp.platform.security.Access;

@RestController
@RequestMapping("/api/guidelines/{documentNumber}")
@Tag(name = "Guideline documents", description = "One guideline: its history, any version, diffs, published text. Any authenticated user may read; old versions stay readable for ever.")
class DocumentController {

    private static final String MARKDOWN = "text/markdown;charset=UTF-8";
    private static final String HTML = "text/html;charset=UTF-8";

    private final GuidelineDocuments documents;

    DocumentController(GuidelineDocuments documents) {
        this.documents = documents;
    }

    @Operation(summary = "A guideline with its details and full version history (RL-MTP-<n>)")
    @GetMapping
    @Access.SignedIn
    GuidelineView guideline(@PathVariable String documentNumber) {
        return documents.guideline(documentNumber);
    }

    @Operation(summary = "Every version, oldest first, with status, authors, reviewers, verdicts and validity")
    @GetMapping("/versions")
    @Access.SignedIn
    List<GuidelineVersionView> versions(@PathVariable String documentNumber) {
        return documents.guideline(documentNumber).versions();
    }

    @Operation(summary = "One version, also superseded ones")
    @GetMapping("/versions/{versionNumber}")
    @Access.SignedIn
    GuidelineVersionView version(@PathVariable String documentNumber, @PathVariable int versionNumber) {
        return documents.version(documentNumber, versionNumber);
    }

    @Operation(summary = "Line-by-line difference between two versions (KEPT, ADDED, REMOVED)")
    @GetMapping("/diff")
    @Access.SignedIn
    List<DiffLine> diff(@PathVariable String documentNumber, @RequestParam int from, @RequestParam int to) {
        return documents.diff(documentNumber, from, to);
    }

    @Operation(summary = "The published version's text as Markdown")
    @GetMapping(value = "/published.md", produces = MARKDOWN)
    @Access.SignedIn
    @ApiResponse(responseCode = "200", description = "the Markdown text",
            content = @Content(mediaType = MARKDOWN, schema = @Schema(type = "string")))
    ResponseEntity<String> publishedMarkdown(@PathVariable String documentNumber) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(MARKDOWN))
                .body(documents.publishedMarkdown(documentNumber));
    }

    @Operation(summary = "The published version's text as an HTML page (raw HTML in the Markdown is escaped)")
    @GetMapping(value = "/published.html", produces = MediaType.TEXT_HTML_VALUE)
    @Access.SignedIn
    @ApiResponse(responseCode = "200", description = "a whole HTML page",
            content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
    ResponseEntity<String> publishedHtml(@PathVariable String documentNumber) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(HTML))
                // Belt and braces: even if markup slipped through, the browser runs no script from this page.
                .header("Content-Security-Policy", "default-src 'none'; img-src https: data:; style-src 'unsafe-inline'")
                .body(documents.publishedHtml(documentNumber));
    }
}
