package se.rjh.mtp.portal.guidelines;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.guidelines.view.DiffLine;
import se.rjh.mtp.api.guidelines.view.GuidelineVersionView;
import se.rjh.mtp.api.guidelines.view.GuidelineView;

/**
 * One guideline: a version's text rendered from Markdown (sanitised), the version history as a timeline, a banner on
 * any version that is not the one in force, the regulatory-change flags to acknowledge, and the difference between two
 * versions side by side.
 */
@Controller
class GuidelinePageController {

    private final GuidelineGateway guidelines;

    GuidelinePageController(GuidelineGateway guidelines) {
        this.guidelines = guidelines;
    }

    @GetMapping("/riktlinjer/{number}")
    String guideline(@PathVariable String number, @RequestParam(required = false) Integer version, Model model) {
        GuidelineView guideline = guidelines.guideline(number);
        GuidelineVersionView shown = version != null ? GuidelineForms.version(guideline, version)
                : guideline.publishedVersion() != null ? guideline.version(guideline.publishedVersion())
                : GuidelineForms.latest(guideline);
        model.addAttribute("guideline", guideline);
        model.addAttribute("shown", shown);
        model.addAttribute("current", shown != null && shown.versionNumber() == nullToZero(guideline.publishedVersion()));
        model.addAttribute("html", shown == null ? "" : GuidelineMarkdown.toSafeHtml(shown.content()));
        model.addAttribute("open", GuidelineForms.openVersion(guideline));
        List<GuidelineVersionView> newestFirst = new java.util.ArrayList<>(guideline.versions());
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("history", newestFirst);
        return "guidelines/guideline";
    }

    /** A regulatory-change flag taken on; a refusal (already acknowledged, retired) is said on the guideline's page. */
    @PostMapping("/riktlinjer/{number}/regelandringar/{followUpId}/kvittera")
    String acknowledge(@PathVariable String number, @PathVariable String followUpId, Model model,
                       RedirectAttributes next) {
        BindingResult none = new BeanPropertyBindingResult(followUpId, "flag");
        return GuidelineForms.send(none, () -> guidelines.acknowledgeFlag(number, followUpId), Map.of(), model,
                () -> guideline(number, null, model), () -> {
                    next.addFlashAttribute("banner", "guidelines.banner.acknowledged");
                    next.addFlashAttribute("bannerArgument", number);
                    return "redirect:/riktlinjer/" + number + "#flags";
                });
    }

    @GetMapping("/riktlinjer/{number}/jamfor")
    String diff(@PathVariable String number, @RequestParam(required = false) Integer fran,
                @RequestParam(required = false) Integer till, Model model) {
        GuidelineView guideline = guidelines.guideline(number);
        GuidelineVersionView newest = GuidelineForms.latest(guideline);
        int to = till != null ? till : newest.versionNumber();
        int from = fran != null ? fran : Math.max(1, to - 1);
        model.addAttribute("guideline", guideline);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        List<DiffLine> lines = guidelines.diff(number, from, to);
        model.addAttribute("lines", lines);
        model.addAttribute("added", lines.stream().filter(l -> l.change() == DiffLine.Change.ADDED).count());
        model.addAttribute("removed", lines.stream().filter(l -> l.change() == DiffLine.Change.REMOVED).count());
        return "guidelines/diff";
    }

    private static int nullToZero(Integer value) {
        return value == null ? 0 : value;
    }
}
