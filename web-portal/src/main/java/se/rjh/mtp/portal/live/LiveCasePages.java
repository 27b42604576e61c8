package se.rjh.mtp.portal.live;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;
import se.rjh.mtp.portal.cases.CaseGateway;

/**
 * An open case page's event stream, and the fragment it reads again. The stream sends {@value #EVENT} for each event
 * of the case newer than the version the page shows; its data is the notice the page puts in its polite live region.
 * The consumer comes from {@link LiveConfiguration}.
 */
@org.springframework.stereotype.Controller
class LiveCasePages {

    static final String EVENT = "case-changed";

    private final CaseGateway cases;
    private final ObjectProvider<LiveCaseEvents> events;
    private final MessageSource messages;

    /** @param events absent where the consumer is not configured (the controller tests): no stream there */
    LiveCasePages(CaseGateway cases, ObjectProvider<LiveCaseEvents> events, MessageSource messages) {
        this.cases = cases;
        this.events = events;
        this.messages = messages;
    }

    /**
     * @param version the version the page was rendered with; events up to it are already on the page
     */
    @GetMapping(path = "/arenden/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable String id, @RequestParam(defaultValue = "-1") long version,
                      HttpServletRequest request, Locale locale) {
        LiveCaseEvents live = events.getIfAvailable();
        if (live == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        // Read with the user's token: only someone who may see the case hears of its changes.
        cases.get(id);
        String notice = notice(CaseChangedPage.casePath(request, id), locale);
        SseEmitter emitter = new SseEmitter(live.streamTimeout().toMillis());
        AtomicReference<AutoCloseable> watch = new AtomicReference<>();
        watch.set(live.watch(id, sequence -> {
            if (sequence > version) {
                try {
                    emitter.send(SseEmitter.event().name(EVENT).id(Long.toString(sequence)).data(notice));
                } catch (IOException | IllegalStateException gone) {
                    close(watch.get());
                }
            }
        }));
        emitter.onCompletion(() -> close(watch.get()));
        emitter.onTimeout(() -> close(watch.get()));
        emitter.onError(e -> close(watch.get()));
        return emitter;
    }

    /** The case page's event log alone, read again when the case changes. */
    @GetMapping("/arenden/{id}/handelselogg")
    String timeline(@PathVariable String id, Model model) {
        model.addAttribute("history", cases.history(id));
        return "case :: timeline";
    }

    /** One line: an event stream's data may not break lines. */
    private String notice(String casePath, Locale locale) {
        return "<p class=\"govuk-body mtp-live-notice\"><strong>"
               + HtmlUtils.htmlEscape(messages.getMessage("error.changed.title", null, locale), "UTF-8") + ".</strong> "
               + "<a class=\"govuk-link\" href=\"" + HtmlUtils.htmlEscape(casePath) + "\">"
               + HtmlUtils.htmlEscape(messages.getMessage("error.409.reload", null, locale), "UTF-8") + "</a></p>";
    }

    private static void close(AutoCloseable watch) {
        if (watch != null) {
            try {
                watch.close();
            } catch (Exception ignored) {
                // Removing a watcher cannot fail.
            }
        }
    }
}
