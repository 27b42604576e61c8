package se.rjh.mtp.groups.distribution.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import se.rjh.mtp.api.common.DomainException;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.groups.AcknowledgementResponse;
import se.rjh.mtp.api.groups.view.AcknowledgementRequestView;
import se.rjh.mtp.groups.distribution.link.AcknowledgementLinks;

/**
 * The page a unit's link opens: a minimal Swedish form over the same rules as the JSON API ({@link
 * LinkAcknowledgements}). Refusals come back as a page with the same status as the API's problem. Every shown value
 * is HTML-escaped. Not in the OpenAPI document: it is a page for people, not an API.
 */
@Hidden
@Controller
@RequestMapping(AcknowledgementLinks.FORM_PATH)
class AcknowledgementPage {

    private final LinkAcknowledgements acknowledgements;
    /** The time of an acknowledgement as the users read it: in the one clock's zone. */
    private final DateTimeFormatter when;

    AcknowledgementPage(LinkAcknowledgements acknowledgements, Clock clock) {
        this.acknowledgements = acknowledgements;
        this.when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
    }

    @GetMapping("/{token}")
    @PreAuthorize("permitAll()")
    ResponseEntity<String> form(@PathVariable String token) {
        try {
            return page(200, body(acknowledgements.show(token), token));
        } catch (DomainException e) {
            return refused(e);
        }
    }

    @PostMapping(path = "/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @PreAuthorize("permitAll()")
    ResponseEntity<String> acknowledge(@PathVariable String token,
                                       @RequestParam(required = false) String response,
                                       @RequestParam(required = false) String comment) {
        try {
            acknowledgements.acknowledge(token, response(response), comment);
            return page(200, "<p>Tack! Kvittensen är mottagen.</p>"
                    + body(acknowledgements.show(token), token));
        } catch (DomainException e) {
            return refused(e);
        }
    }

    private static AcknowledgementResponse response(String value) {
        try {
            return value == null ? null : AcknowledgementResponse.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("response", "must be IMPLEMENTED or NOT_APPLICABLE");
        }
    }

    private String body(AcknowledgementRequestView view, String token) {
        StringBuilder html = new StringBuilder()
                .append("<p>Till: <strong>").append(esc(view.unitName())).append("</strong></p>")
                .append("<p>Gäller: ").append(esc(view.subjectReference())).append(" – ")
                .append(esc(view.subjectTitle())).append("</p>");
        if (view.message() != null) {
            html.append("<p>Meddelande från LSG MTP:</p><blockquote>").append(esc(view.message())).append("</blockquote>");
        }
        html.append("<p>Kvittera senast: ").append(view.acknowledgeBy()).append("</p>");
        if (view.response() != null) {
            return html.append("<p>Enheten har kvitterat ").append(when.format(view.acknowledgedAt())).append(": <strong>")
                    .append(view.response() == AcknowledgementResponse.IMPLEMENTED ? "Läst och infört" : "Ej tillämpligt")
                    .append("</strong>").append(view.comment() == null ? "" : " – " + esc(view.comment()))
                    .append("</p>").toString();
        }
        return html.append("<form method=\"post\" action=\"").append(AcknowledgementLinks.FORM_PATH).append(esc(token))
                .append("\"><fieldset><legend>Svar</legend>")
                .append("<label><input type=\"radio\" name=\"response\" value=\"IMPLEMENTED\" required> Läst och infört")
                .append("</label><br><label><input type=\"radio\" name=\"response\" value=\"NOT_APPLICABLE\"> Ej ")
                .append("tillämpligt (ange varför)</label></fieldset><p><label>Kommentar<br><textarea name=\"comment\" ")
                .append("rows=\"4\" cols=\"60\" maxlength=\"5000\"></textarea></label></p>")
                .append("<p>Skriv inga personnummer eller patientuppgifter.</p>")
                .append("<p><button type=\"submit\">Skicka kvittens</button></p></form>").toString();
    }

    private static ResponseEntity<String> refused(DomainException e) {
        String text;
        if (e instanceof InvalidInputException invalid && "token".equals(invalid.field())) {
            text = "Länken är ogiltig eller har gått ut. Kontakta LSG MTP för en ny länk.";
        } else if (e instanceof StateConflictException) {
            text = "Enheten har redan kvitterat den här spridningen.";
        } else if (e instanceof InvalidInputException invalid && "comment".equals(invalid.field())) {
            text = "Ange en kommentar (krävs vid Ej tillämpligt, högst 5000 tecken, inga personnummer).";
        } else if (e instanceof InvalidInputException invalid && "response".equals(invalid.field())) {
            text = "Välj Läst och infört eller Ej tillämpligt.";
        } else {
            text = "Kvittensen kunde inte tas emot.";
        }
        return page(e.status(), "<p>" + text + "</p>");
    }

    private static ResponseEntity<String> page(int status, String content) {
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Kvittens – LSG MTP</title>"
                        + "</head><body><h1>Kvittens av spridning från LSG MTP</h1>" + content + "</body></html>");
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
