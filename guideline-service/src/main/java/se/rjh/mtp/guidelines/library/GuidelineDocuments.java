package se.rjh.mtp.guidelines.library;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.guidelines.view.DiffLine;
import se.rjh.mtp.api.guidelines.view.GuidelineVersionView;
import se.rjh.mtp.api.guidelines.view.GuidelineView;

/** Reads one guideline from its events: the whole view, a version, a diff, the published text as Markdown or HTML. */
@Component
public record GuidelineDocuments(EventStore eventStore) {

    private static final int MAX_DIFF_LINES = 5_000;

    public GuidelineView guideline(String documentNumber) {
        return GuidelineHistory.read(eventStore, documentNumber);
    }

    public GuidelineVersionView version(String documentNumber, int versionNumber) {
        return version(guideline(documentNumber), versionNumber);
    }

    /** Line by line from version {@code from} to version {@code to}; refused when either is too long to compare. */
    public List<DiffLine> diff(String documentNumber, int from, int to) {
        GuidelineView view = guideline(documentNumber);
        String oldText = version(view, from).content();
        String newText = version(view, to).content();
        if (LineDiff.lineCount(oldText) > MAX_DIFF_LINES || LineDiff.lineCount(newText) > MAX_DIFF_LINES) {
            throw new InvalidInputException("from", "the versions are too long to compare line by line");
        }
        return LineDiff.diff(oldText, newText);
    }

    public String publishedMarkdown(String documentNumber) {
        return published(guideline(documentNumber)).content();
    }

    /** The published text as a whole HTML page; raw HTML in the Markdown is escaped. */
    public String publishedHtml(String documentNumber) {
        GuidelineView view = guideline(documentNumber);
        GuidelineVersionView version = published(view);
        return "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(view.documentNumber() + " " + view.title()) + "</title></head><body>\n<header><p>"
                + HtmlUtils.htmlEscape(view.documentNumber()) + ", version " + version.versionNumber()
                + ". Giltig från " + version.validFrom() + ". Nästa revision senast " + version.nextReviewDate()
                + ".</p></header>\n<main>\n" + MarkdownRendering.toHtml(version.content()) + "</main></body></html>\n";
    }

    private static GuidelineVersionView published(GuidelineView view) {
        if (view.publishedVersion() == null || view.retired()) {
            throw new NotFoundException("Published version of", view.documentNumber());
        }
        return view.version(view.publishedVersion());
    }

    private static GuidelineVersionView version(GuidelineView view, int number) {
        GuidelineVersionView version = view.version(number);
        if (version == null) {
            throw new NotFoundException("Version", view.documentNumber() + " v" + number);
        }
        return version;
    }
}
