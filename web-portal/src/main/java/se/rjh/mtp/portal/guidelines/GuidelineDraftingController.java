package se.rjh.mtp.portal.guidelines;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.guidelines.GuidelineKind;
import se.rjh.mtp.api.guidelines.RegulationFramework;
import se.rjh.mtp.api.guidelines.view.GuidelineVersionView;
import se.rjh.mtp.api.guidelines.view.GuidelineView;

/**
 * Writing guidelines: a new guideline, a new version (revision), and editing a draft. Each editor is a textarea with a
 * "Förhandsgranska" button that posts the text and gets the page back with the rendered preview; with htmx only the
 * preview is swapped in.
 */
@Controller
class GuidelineDraftingController {

    static final String EDITOR = "guidelines/editor";
    static final String FORM = "draftForm";

    private final GuidelineGateway guidelines;

    GuidelineDraftingController(GuidelineGateway guidelines) {
        this.guidelines = guidelines;
    }

    // ---- a new guideline

    @GetMapping("/riktlinjer/ny")
    String newGuideline(Model model) {
        model.addAttribute(FORM, new NewGuidelineForm());
        return editor(model, "new", null, null);
    }

    @PostMapping("/riktlinjer/ny/forhandsgranska")
    String previewNew(@ModelAttribute(FORM) NewGuidelineForm form, HtmxRequest htmx, Model model) {
        return preview(form, htmx, model, editor(model, "new", null, null));
    }

    @PostMapping("/riktlinjer/ny")
    String draft(@Valid @ModelAttribute(FORM) NewGuidelineForm form, BindingResult errors, Model model,
                 RedirectAttributes next) {
        String number = errors.hasErrors() ? null : GuidelineForms.attempt(() -> guidelines.draft(form.toCommand()),
                errors, NewGuidelineForm.FROM_SERVICE, model);
        if (number == null) {
            return editor(model, "new", null, null);
        }
        return done(number, 1, "guidelines.banner.drafted", next);
    }

    // ---- a new version of a published guideline

    @GetMapping("/riktlinjer/{number}/ny-version")
    String newVersion(@PathVariable String number, Model model) {
        GuidelineView guideline = guidelines.guideline(number);
        DraftForm form = new DraftForm();
        GuidelineVersionView latest = GuidelineForms.latest(guideline);
        form.setContent(latest == null ? "" : latest.content());
        model.addAttribute(FORM, form);
        return editor(model, "revision", guideline, null);
    }

    @PostMapping("/riktlinjer/{number}/ny-version/forhandsgranska")
    String previewRevision(@PathVariable String number, @ModelAttribute(FORM) DraftForm form, HtmxRequest htmx,
                           Model model) {
        return preview(form, htmx, model, htmx.isHtmxRequest() ? null
                : editor(model, "revision", guidelines.guideline(number), null));
    }

    @PostMapping("/riktlinjer/{number}/ny-version")
    String revise(@PathVariable String number, @Valid @ModelAttribute(FORM) DraftForm form, BindingResult errors,
                  Model model, RedirectAttributes next) {
        if (DraftForm.text(form.getChangeSummary()) == null) {
            errors.rejectValue("changeSummary", "NotBlank.draftForm.changeSummary");
        }
        Integer version = errors.hasErrors() ? null : GuidelineForms.attempt(() -> guidelines.revise(number,
                new GuidelineCommands.Revision(form.getContent(), DraftForm.text(form.getChangeSummary()))), errors,
                Map.of(), model);
        if (version == null) {
            return editor(model, "revision", guidelines.guideline(number), null);
        }
        return done(number, version, "guidelines.banner.revised", next);
    }

    // ---- editing a draft

    @GetMapping("/riktlinjer/{number}/versioner/{version}/redigera")
    String edit(@PathVariable String number, @PathVariable int version, Model model) {
        GuidelineView guideline = guidelines.guideline(number);
        DraftForm form = new DraftForm();
        form.setContent(GuidelineForms.version(guideline, version).content());
        model.addAttribute(FORM, form);
        return editor(model, "edit", guideline, version);
    }

    @PostMapping("/riktlinjer/{number}/versioner/{version}/redigera/forhandsgranska")
    String previewEdit(@PathVariable String number, @PathVariable int version, @ModelAttribute(FORM) DraftForm form,
                       HtmxRequest htmx, Model model) {
        return preview(form, htmx, model, htmx.isHtmxRequest() ? null
                : editor(model, "edit", guidelines.guideline(number), version));
    }

    @PostMapping("/riktlinjer/{number}/versioner/{version}/redigera")
    String change(@PathVariable String number, @PathVariable int version, @Valid @ModelAttribute(FORM) DraftForm form,
                  BindingResult errors, Model model, RedirectAttributes next) {
        return GuidelineForms.send(errors, () -> guidelines.changeContent(number, version,
                new GuidelineCommands.DraftContent(form.getContent() == null ? "" : form.getContent(),
                        DraftForm.text(form.getChangeSummary()))), Map.of(), model,
                () -> editor(model, "edit", guidelines.guideline(number), version),
                () -> done(number, version, "guidelines.banner.changed", next));
    }

    /** The editor page again with the text rendered below it; for htmx the preview alone. */
    private static String preview(DraftForm form, HtmxRequest htmx, Model model, String page) {
        model.addAttribute("preview", GuidelineMarkdown.toSafeHtml(form.getContent()));
        return htmx.isHtmxRequest() && !htmx.isBoosted() ? EDITOR + " :: preview" : page;
    }

    /** @param mode new, revision or edit: which texts, fields and addresses the editor has */
    private static String editor(Model model, String mode, GuidelineView guideline, Integer version) {
        model.addAttribute("mode", mode);
        model.addAttribute("action", switch (mode) {
            case "new" -> "/riktlinjer/ny";
            case "revision" -> "/riktlinjer/" + guideline.documentNumber() + "/ny-version";
            default -> "/riktlinjer/" + guideline.documentNumber() + "/versioner/" + version + "/redigera";
        });
        model.addAttribute("guideline", guideline);
        model.addAttribute("version", version);
        model.addAttribute("kinds", GuidelineKind.values());
        model.addAttribute("frameworks", RegulationFramework.values());
        return EDITOR;
    }

    /** Done: to the guideline's page on the version, where the banner says what happened. */
    static String done(String number, int version, String banner, RedirectAttributes next) {
        return done(number, version, banner, "/riktlinjer/" + number + "?version=" + version, next);
    }

    /** Done with a version: to {@code page}, where the notification banner names the version. */
    static String done(String number, int version, String banner, String page, RedirectAttributes next) {
        next.addFlashAttribute("banner", banner);
        next.addFlashAttribute("bannerArgument", number + " version " + version);
        return "redirect:" + page;
    }
}
