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
    static final String WORK_EVENT = "work-changed";

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
        LiveCaseEvents live = live();
        // Read with the user's token: only someone who may see the case hears of its changes.
        cases.get(id);
        // Changed already (while the page was away, or between its rendering and this connection): say so at once.
        boolean changed = request.getAttribute(CaseVersion.NAME) instanceof Long now && version >= 0 && now > version;
        String notice = notice("error.changed.title", "error.409.reload", CaseChangedPage.casePath(request, id), locale);
        return open(live, id, (caseId, sequence) -> sequence > version, EVENT, notice, changed);
    }

    /** The start page's stream: any case event may change someone's work list, which the page then reads again. */
    @GetMapping(path = "/mitt-arbete/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter workStream(HttpServletRequest request, Locale locale) {
        String notice = notice("live.work.changed", "live.work.reload", request.getContextPath() + "/", locale);
        return open(live(), LiveCaseEvents.EVERY_CASE, (caseId, sequence) -> true, WORK_EVENT, notice, false);
    }

    private LiveCaseEvents live() {
        LiveCaseEvents live = events.getIfAvailable();
        if (live == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return live;
    }

    /** What a stream is told of: events of its key that this says matter to the page. */
    private interface Relevant {
        boolean test(String caseId, long sequence);
    }

    /**
     * One page's event stream: {@code event} with {@code notice} as data for each relevant event, a comment now and
     * then (so a page that has gone is noticed and its watch ends), and the end when the portal stops.
     */
    private static SseEmitter open(LiveCaseEvents live, String key, Relevant relevant, String event, String notice,
                                   boolean now) {
        SseEmitter emitter = new SseEmitter(live.streamTimeout().toMillis());
        AtomicReference<AutoCloseable> watch = new AtomicReference<>();
        watch.set(live.watch(key, new LiveCaseEvents.Watcher() {
            @Override
            public void changed(String caseId, long sequence) {
                if (relevant.test(caseId, sequence)) {
                    send(SseEmitter.event().name(event).id(Long.toString(sequence)).data(notice));
                }
            }

            @Override
            public void idle() {
                send(SseEmitter.event().comment("idle"));
            }

            @Override
            public void closed() {
                emitter.complete();
            }

            private void send(SseEmitter.SseEventBuilder message) {
                try {
                    emitter.send(message);
                } catch (IOException | IllegalStateException gone) {
                    // The container ends the stream itself after a failed write; only the watch is left to end.
                    close(watch.get());
                }
            }
        }));
        emitter.onCompletion(() -> close(watch.get()));
        emitter.onTimeout(() -> close(watch.get()));
        emitter.onError(e -> close(watch.get()));
        if (now) {
            try {
                emitter.send(SseEmitter.event().name(event).data(notice));
            } catch (IOException gone) {
                close(watch.get());
            }
        }
        return emitter;
    }

    /** The case page's event log alone, read again when the case changes. */
    @GetMapping("/arenden/{id}/handelselogg")
    String timeline(@PathVariable String id, Model model) {
        model.addAttribute("history", cases.history(id));
        return "case :: timeline";
    }

    /** One line: an event stream's data may not break lines. */
    private String notice(String title, String link, String path, Locale locale) {
        return "<p class=\"govuk-body mtp-live-notice\"><strong>"
               + HtmlUtils.htmlEscape(messages.getMessage(title, null, locale), "UTF-8") + ".</strong> "
               + "<a class=\"govuk-link\" href=\"" + HtmlUtils.htmlEscape(path) + "\">"
               + HtmlUtils.htmlEscape(messages.getMessage(link, null, locale), "UTF-8") + "</a></p>";
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
