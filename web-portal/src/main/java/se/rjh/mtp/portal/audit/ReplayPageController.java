package se.rjh.mtp.portal.audit;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.reporting.view.GenerationDigests;
import se.rjh.mtp.api.reporting.view.ReadModelDigest;
import se.rjh.mtp.api.reporting.view.ReplayStatus;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/**
 * Rebuilding the read models from the events: start it, watch its progress (htmx polls the status while it runs;
 * without JavaScript the page is reloaded) and compare the digests before and after, read model by read model.
 */
@Controller
class ReplayPageController {

    static final String PAGE = "/granskning/omspelning";

    private final AuditGateway audit;

    ReplayPageController(AuditGateway audit) {
        this.audit = audit;
    }

    @GetMapping(PAGE)
    String page(Authentication authentication, Model model) {
        AuditAccess.auditReader(authentication);
        return show(audit.replayStatus(), model, "audit/replay");
    }

    /** The progress alone, for htmx's polling. */
    @GetMapping(PAGE + "/status")
    String status(HtmxRequest htmx, Authentication authentication, Model model) {
        AuditAccess.auditReader(authentication);
        return show(audit.replayStatus(), model, htmx.isHtmxRequest() ? "audit/replay :: progress" : "audit/replay");
    }

    @PostMapping(PAGE)
    String start(HtmxRequest htmx, Authentication authentication, Model model, RedirectAttributes next) {
        AuditAccess.auditReader(authentication);
        ReplayStatus status;
        try {
            status = audit.startReplay();
        } catch (ServiceRefusal refusal) {
            if (refusal.status() != 409) {
                throw refusal;
            }
            // One already runs (someone else started it): show that one.
            model.addAttribute("alreadyRunning", true);
            return show(audit.replayStatus(), model, htmx.isHtmxRequest() ? "audit/replay :: progress" : "audit/replay");
        }
        if (htmx.isHtmxRequest()) {
            return show(status, model, "audit/replay :: progress");
        }
        next.addFlashAttribute("banner", "audit.replay.started");
        return "redirect:" + PAGE;
    }

    private static String show(ReplayStatus status, Model model, String view) {
        model.addAttribute("status", status);
        model.addAttribute("running", status.state() == ReplayStatus.State.RUNNING);
        List<DigestRow> digests = DigestRow.compare(status.digestsBefore(), status.digestsAfter());
        model.addAttribute("digests", digests);
        model.addAttribute("identical", status.digestsAfter() != null && !digests.isEmpty()
                && digests.stream().allMatch(DigestRow::same));
        return view;
    }

    /** One read model's digest before and after the replay (either may be missing), and whether they are equal. */
    record DigestRow(String model, ReadModelDigest before, ReadModelDigest after, boolean same) {

        static List<DigestRow> compare(GenerationDigests before, GenerationDigests after) {
            Map<String, ReadModelDigest> was = before == null ? Map.of() : before.models();
            Map<String, ReadModelDigest> is = after == null ? Map.of() : after.models();
            Set<String> models = new LinkedHashSet<>(was.keySet());
            models.addAll(is.keySet());
            List<DigestRow> rows = new ArrayList<>();
            models.stream().sorted().forEach(m -> rows.add(new DigestRow(m, was.get(m), is.get(m),
                    was.get(m) != null && Objects.equals(was.get(m), is.get(m)))));
            return rows;
        }
    }
}
