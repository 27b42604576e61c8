package se.rjh.mtp.portal.guidelines;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * A guideline's Markdown as HTML that is safe to put into a page: commonmark escapes raw HTML and sanitises link
 * targets, then jsoup keeps only an allow-list of text elements. Drafts and previews are written by users and no
 * service has rendered them, so the portal never trusts the text.
 */
public final class GuidelineMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    /** Text, lists, tables, quotes and links (http, https, mailto only); no images, styles, scripts or frames. */
    private static final Safelist ALLOWED = Safelist.relaxed().removeTags("img")
            .addTags("hr", "del", "ins")
            .removeProtocols("a", "href", "ftp")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private GuidelineMarkdown() {
    }

    public static String toSafeHtml(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        // The text sits under the page's h1 and a section's h2, so its own headings start at h3.
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 2));
                visitChildren(heading);
            }
        });
        return Jsoup.clean(RENDERER.render(document), ALLOWED);
    }
}
