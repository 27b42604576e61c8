package se.rjh.mtp.portal.guidelines;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The guideline library and the review schedule: GET forms, so every search has an address. With htmx only the
 * results are swapped (and the address pushed); without it the whole page comes back.
 */
@Controller
class GuidelineLibraryController {

    /** The review schedule's horizons, in days (guideline-service's). */
    static final List<Integer> HORIZONS = List.of(30, 60, 90);
    /** {@code visa} for the published library only; anything else shows every guideline in any state. */
    static final String IN_FORCE = "gallande";

    private final GuidelineGateway guidelines;

    GuidelineLibraryController(GuidelineGateway guidelines) {
        this.guidelines = guidelines;
    }

    @GetMapping("/riktlinjer")
    String library(@RequestParam(required = false) String text, @RequestParam(required = false) String regulation,
                   @RequestParam(defaultValue = "alla") String visa, HtmxRequest htmx, Model model) {
        String q = DraftForm.text(text);
        String reg = DraftForm.text(regulation);
        model.addAttribute("text", q);
        model.addAttribute("regulation", reg);
        model.addAttribute("visa", IN_FORCE.equals(visa) ? IN_FORCE : "alla");
        model.addAttribute("entries", guidelines.search(q, reg, IN_FORCE.equals(visa)));
        return fragmentOr(htmx, "guidelines/library");
    }

    @GetMapping("/riktlinjer/revision")
    String schedule(@RequestParam(defaultValue = "90") int inom, HtmxRequest htmx, Model model) {
        int within = HORIZONS.contains(inom) ? inom : 90;
        model.addAttribute("within", within);
        model.addAttribute("horizons", HORIZONS);
        model.addAttribute("items", guidelines.reviewSchedule(within));
        return fragmentOr(htmx, "guidelines/schedule");
    }

    /** The results alone for an htmx swap; the whole page for a plain (or boosted) request. */
    private static String fragmentOr(HtmxRequest htmx, String page) {
        return htmx.isHtmxRequest() && !htmx.isBoosted() ? page + " :: results" : page;
    }
}
