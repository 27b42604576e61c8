package se.rjh.mtp.portal.web;

import java.util.Comparator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.api.cases.view.ConsultationView;
import se.rjh.mtp.portal.cases.CaseGateway;

/** The case page (ärendeblad): key facts, where it stands, what this role may do next, and its event log. */
@Controller
class CasePageController {

    private final CaseGateway cases;

    CasePageController(CaseGateway cases) {
        this.cases = cases;
    }

    @GetMapping("/arenden/{id}")
    String show(@PathVariable String id, @org.springframework.web.bind.annotation.ModelAttribute("user") SignedInUser user,
                Model model) {
        CaseView view = cases.get(id);
        model.addAttribute("case", view);
        model.addAttribute("steps", StepIndicator.of(view.step()));
        model.addAttribute("history", cases.history(id));
        model.addAttribute("nextDue", view.consultations() == null ? null : view.consultations().stream()
                .filter(c -> c.status() == ConsultationView.Status.OPEN).map(ConsultationView::dueDate)
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null));
        model.addAttribute("canRegister", view.step() == CaseStep.RECEIVED && user.isRegistrar());
        model.addAttribute("canStartPreparation", view.step() == CaseStep.REGISTERED && user.isCaseOfficer());
        model.addAttribute("canDecide", view.step() == CaseStep.DECISION_PROPOSED && user.isChair());
        // The case officer's records while preparing; which type-specific form fits is the case type's.
        boolean preparing = (view.step() == CaseStep.IN_PREPARATION || view.step() == CaseStep.IN_CONSULTATION)
                && user.isCaseOfficer() && user.name().equals(view.caseOfficer());
        model.addAttribute("preparing", preparing);
        // A proposal may be made in consultation too; what it still lacks is the service's to say.
        model.addAttribute("canPropose", preparing);
        model.addAttribute("incident", view.caseType() == CaseType.INCIDENT_FOLLOW_UP);
        model.addAttribute("inHouse", view.caseType() == CaseType.IN_HOUSE_MANUFACTURING);
        model.addAttribute("recommendation", view.caseType() == CaseType.INTRODUCTION
                || view.caseType() == CaseType.MTP_COUNCIL_RECOMMENDATION);
        model.addAttribute("canReturn", view.step() == CaseStep.DECISION_PROPOSED && user.isChair());
        model.addAttribute("canClose", view.step() == CaseStep.DECIDED && user.isChair());
        model.addAttribute("canVoid", !view.step().finished() && (user.isRegistrar() || user.isChair()));
        model.addAttribute("canRecordOutcome", user.isCaseOfficer() && user.name().equals(view.caseOfficer()));
        return "case";
    }
}
