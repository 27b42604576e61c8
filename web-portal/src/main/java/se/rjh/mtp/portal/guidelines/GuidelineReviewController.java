package se.rjh.mtp.portal.guidelines;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.guidelines.ReviewVerdict;
import se.rjh.mtp.api.guidelines.view.GuidelineVersionView;
import se.rjh.mtp.api.guidelines.view.GuidelineView;
import se.rjh.mtp.portal.web.CheckedForm;

/**
 * A version's way to publication: naming its reviewers, the review as a task list per reviewer with their verdicts,
 * approval by the chair after a check page (the service refuses anyone who wrote the version, and the page says so),
 * and publication with its valid-from date, also after a check page.
 */
@Controller
class GuidelineReviewController {

    private static final String VERSION = "/riktlinjer/{number}/versioner/{version}";
    /** guideline-service names each refused reviewer by its place in the list; the form has one field for all. */
    private static final Map<String, String> REVIEWER_FIELDS = Map.of("reviewers[0]", "reviewers",
            "reviewers[1]", "reviewers", "reviewers[2]", "reviewers", "reviewers[3]", "reviewers",
            "reviewers[4]", "reviewers");

    private final GuidelineGateway guidelines;
    private final Clock clock;

    GuidelineReviewController(GuidelineGateway guidelines, Clock clock) {
        this.guidelines = guidelines;
        this.clock = clock;
    }

    // ---- naming the reviewers (the draft goes to review)

    @GetMapping(VERSION + "/granskare")
    String reviewers(@PathVariable String number, @PathVariable int version, Model model) {
        model.addAttribute("reviewersForm", new ReviewersForm());
        return page(number, version, model, "guidelines/reviewers");
    }

    @PostMapping(VERSION + "/granskare")
    String submit(@PathVariable String number, @PathVariable int version,
                  @Valid @ModelAttribute("reviewersForm") ReviewersForm form, BindingResult errors, Model model,
                  RedirectAttributes next) {
        return GuidelineForms.send(errors, () -> guidelines.submitForReview(number, version, form.toCommand()),
                REVIEWER_FIELDS, model, () -> page(number, version, model, "guidelines/reviewers"),
                () -> GuidelineDraftingController.done(number, version, "guidelines.banner.submitted",
                        reviewPath(number, version), next));
    }

    // ---- the review: a task list per reviewer, and the signed-in reviewer's verdict

    private static String reviewPath(String number, int version) {
        return "/riktlinjer/" + number + "/versioner/" + version + "/granskning";
    }

    @GetMapping(VERSION + "/granskning")
    String review(@PathVariable String number, @PathVariable int version, Authentication user, Model model) {
        page(number, version, model, "guidelines/review");
        model.addAttribute("tasks", ReviewTask.of((GuidelineVersionView) model.getAttribute("shown"), user.getName()));
        return "guidelines/review";
    }

    @GetMapping(VERSION + "/granskning/omdome")
    String verdictForm(@PathVariable String number, @PathVariable int version, Model model) {
        model.addAttribute("verdictForm", new VerdictForm());
        return verdictPage(number, version, model);
    }

    @PostMapping(VERSION + "/granskning/omdome")
    String verdict(@PathVariable String number, @PathVariable int version,
                   @Valid @ModelAttribute("verdictForm") VerdictForm form, BindingResult errors, Model model,
                   RedirectAttributes next) {
        if (form.getVerdict() == ReviewVerdict.CHANGES_REQUESTED && DraftForm.text(form.getComment()) == null) {
            errors.rejectValue("comment", "guidelines.verdict.comment.required");
        }
        return GuidelineForms.send(errors, () -> guidelines.recordVerdict(number, version, form.toCommand()),
                Map.of(), model, () -> verdictPage(number, version, model),
                () -> GuidelineDraftingController.done(number, version,
                        "guidelines.banner.verdict." + form.getVerdict(), reviewPath(number, version), next));
    }

    // ---- approval (fastställande) after the check page

    @GetMapping(VERSION + "/faststallande")
    String approvalCheck(@PathVariable String number, @PathVariable int version, Model model) {
        return page(number, version, model, "guidelines/approval");
    }

    @PostMapping(VERSION + "/faststallande")
    String approve(@PathVariable String number, @PathVariable int version, Model model, RedirectAttributes next) {
        BindingResult none = new BeanPropertyBindingResult(new Object(), "approval");
        return GuidelineForms.send(none, () -> guidelines.approve(number, version), Map.of(), model,
                () -> page(number, version, model, "guidelines/approval"),
                () -> GuidelineDraftingController.done(number, version, "guidelines.banner.approved", next));
    }

    // ---- publication: valid from, then the check page with the next review date

    @GetMapping(VERSION + "/publicering")
    String publicationForm(@PathVariable String number, @PathVariable int version, Model model) {
        PublicationForm form = new PublicationForm();
        form.setValidFrom(LocalDate.now(clock));
        model.addAttribute("publicationForm", form);
        return page(number, version, model, "guidelines/publication");
    }

    @PostMapping(VERSION + "/publicering")
    String publicationCheck(@PathVariable String number, @PathVariable int version,
                            @Valid @ModelAttribute("publicationForm") PublicationForm form, BindingResult errors,
                            Model model) {
        String formPage = page(number, version, model, "guidelines/publication");
        return CheckedForm.check(errors, () -> formPage, () -> {
            GuidelineView guideline = (GuidelineView) model.getAttribute("guideline");
            model.addAttribute("nextReview", form.getValidFrom().plusMonths(guideline.reviewIntervalMonths()));
            return "guidelines/publication-check";
        });
    }

    /** Back from the check page to the form, with the date as it was. */
    @PostMapping(VERSION + "/publicering/andra")
    String changePublication(@PathVariable String number, @PathVariable int version,
                             @ModelAttribute("publicationForm") PublicationForm form, Model model) {
        return page(number, version, model, "guidelines/publication");
    }

    @PostMapping(VERSION + "/publicering/bekrafta")
    String publish(@PathVariable String number, @PathVariable int version,
                   @Valid @ModelAttribute("publicationForm") PublicationForm form, BindingResult errors, Model model,
                   RedirectAttributes next) {
        return GuidelineForms.send(errors,
                () -> guidelines.publish(number, version, new GuidelineCommands.Publish(form.getValidFrom())),
                Map.of(), model, () -> page(number, version, model, "guidelines/publication"),
                () -> GuidelineDraftingController.done(number, version, "guidelines.banner.published", next));
    }

    private String verdictPage(String number, int version, Model model) {
        page(number, version, model, "guidelines/verdict");
        model.addAttribute("verdicts", ReviewVerdict.values());
        GuidelineVersionView shown = (GuidelineVersionView) model.getAttribute("shown");
        model.addAttribute("html", GuidelineMarkdown.toSafeHtml(shown.content()));
        return "guidelines/verdict";
    }

    /** The page about one version, with the guideline as it stands now. */
    private String page(String number, int version, Model model, String template) {
        GuidelineView guideline = guidelines.guideline(number);
        model.addAttribute("guideline", guideline);
        model.addAttribute("shown", GuidelineForms.version(guideline, version));
        return template;
    }
}
