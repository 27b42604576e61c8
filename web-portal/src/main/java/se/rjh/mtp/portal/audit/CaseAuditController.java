package se.rjh.mtp.portal.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.reporting.view.AuditTrailCsv;
import se.rjh.mtp.api.reporting.view.AuditTrailEntry;
import se.rjh.mtp.api.reporting.view.CaseAtInstant;
import se.rjh.mtp.portal.cases.CaseFilter;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.config.ClockConfiguration;

/**
 * The auditor's views of one case: finding it, its full trail across services with filters (a GET form; htmx swaps
 * only the results) and CSV export of what the filters show, and the case as it stood at a chosen date and time.
 */
@Controller
class CaseAuditController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AuditGateway audit;
    private final CaseGateway cases;
    private final ObjectMapper json;

    CaseAuditController(AuditGateway audit, CaseGateway cases, ObjectMapper json) {
        this.audit = audit;
        this.cases = cases;
        this.json = json;
    }

    /** The auditor's start: the views, and (for the auditor) a search for the case to audit. */
    @GetMapping("/granskning")
    String overview(@RequestParam(required = false) String q, Authentication authentication, Model model) {
        boolean auditor = AuditAccess.auditReader(authentication).isAuditor();
        if (auditor && q != null && !q.isBlank()) {
            model.addAttribute("found", cases.list(new CaseFilter(null, null, q, 0, CaseFilter.PAGE_SIZE)));
        }
        model.addAttribute("q", q);
        return "audit/overview";
    }

    @GetMapping("/granskning/arenden/{id}")
    String trail(@PathVariable String id, @ModelAttribute("trailForm") TrailForm form, BindingResult errors,
                 HtmxRequest htmx, Authentication authentication, Model model) {
        AuditAccess.auditor(authentication);
        TrailFilter filter = form.filter(errors);
        List<AuditTrailEntry> all = audit.trail(id).entries();
        model.addAttribute("caseId", id);
        model.addAttribute("filtered", !filter.isEmpty() || errors.hasErrors());
        model.addAttribute("total", all.size());
        model.addAttribute("rows", filter.apply(all).stream().map(TrailRow::of).toList());
        model.addAttribute("services", distinct(all, AuditTrailEntry::service));
        model.addAttribute("eventTypes", distinct(all, AuditTrailEntry::eventType));
        model.addAttribute("actors", distinct(all, AuditTrailEntry::actor));
        return htmx.isHtmxRequest() && !htmx.isBoosted() ? "audit/trail :: results" : "audit/trail";
    }

    /** What the filters show, as a download; a cell a spreadsheet would run as a formula is neutralised. */
    @GetMapping("/granskning/arenden/{id}/spar.csv")
    ResponseEntity<String> csv(@PathVariable String id, @ModelAttribute("trailForm") TrailForm form,
                               BindingResult errors, Authentication authentication) {
        AuditAccess.auditor(authentication);
        String csv = AuditTrailCsv.toCsv(form.filter(errors).apply(audit.trail(id).entries()), this::toJson);
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("granskning-" + id.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv").build().toString())
                .body(csv);
    }

    /** The case as it stood at a date and time (the region's time zone), rebuilt from its events up to then. */
    @GetMapping("/granskning/arenden/{id}/tidpunkt")
    String asOf(@PathVariable String id, @ModelAttribute("asOfForm") AsOfForm form, BindingResult errors,
                Authentication authentication, Model model) {
        AuditAccess.auditor(authentication);
        model.addAttribute("caseId", id);
        ZonedDateTime at = form.isAsked() ? form.at(errors) : null;
        if (at == null) {
            return "audit/as-of";
        }
        model.addAttribute("at", at);
        try {
            CaseAtInstant view = audit.caseAt(id, at.toInstant());
            model.addAttribute("view", view);
            model.addAttribute("lastEventAt", zoned(view.lastEventAt()));
            model.addAttribute("steps", view.state() == null ? List.of() : view.state().steps().stream()
                    .map(s -> new StepRow(s.step(), Instant.ofEpochMilli(s.at())
                            .atZone(ClockConfiguration.STOCKHOLM))).toList());
        } catch (ServiceRefusal refusal) {
            if (refusal.status() != 404) {
                throw refusal;
            }
            model.addAttribute("notYet", true);
        }
        return "audit/as-of";
    }

    /** One trail entry as the page shows it: its instant in the region's time zone. */
    record TrailRow(AuditTrailEntry entry, ZonedDateTime at) {
        static TrailRow of(AuditTrailEntry entry) {
            return new TrailRow(entry, zoned(entry.timestamp()));
        }
    }

    /** A step the case entered, and when in the region's time zone. */
    record StepRow(CaseStep step, ZonedDateTime at) {
    }

    private static ZonedDateTime zoned(String instant) {
        return instant == null ? null : Instant.parse(instant).atZone(ClockConfiguration.STOCKHOLM);
    }

    private static List<String> distinct(List<AuditTrailEntry> entries, Function<AuditTrailEntry, String> field) {
        return entries.stream().map(field).filter(Objects::nonNull).distinct().sorted().toList();
    }

    private String toJson(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event's data that came as JSON is JSON again", e);
        }
    }
}
