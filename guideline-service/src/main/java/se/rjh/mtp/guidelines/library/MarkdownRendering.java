package se.rjh.mtp.guidelines.library;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Published text as HTML. Raw HTML in the Markdown is escaped, not passed through, and link targets are sanitised,
 * so a document cannot carry a script into the pages that show it.
 */
final class MarkdownRendering {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private MarkdownRendering() {
    }

    static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }
}
