package se.rjh.mtp.portal.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.view.CaseListItem;
import se.rjh.mtp.portal.cases.CaseFilter;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.cases.ServiceUnavailableException;
import se.rjh.mtp.portal.reporting.WorklistGateway;

/**
 * "Mitt arbete": what waits for the signed-in person: reporting-service's work list (bevakning), overdue first, and
 * by role the cases from the case list. Oldest first, so what has waited longest comes first. The page hears of every
 * case event ({@code /mitt-arbete/live}) and then reads its lists again (an htmx request: the lists alone).
 */
@Controller
class StartController {

    /** A case on the work list and how many days it has waited since it was received. */
    record WorkItem(CaseListItem item, long daysWaiting) {
    }

    /** How many cases of one step the start page reads; the work list is a start, the case list has the rest. */
    static final int WORK_LIST_SIZE = 100;

    private static final Logger log = LoggerFactory.getLogger(StartController.class);

    private final CaseGateway cases;
    private final WorklistGateway worklists;
    private final Clock clock;

    StartController(CaseGateway cases, WorklistGateway worklists, Clock clock) {
        this.cases = cases;
        this.worklists = worklists;
        this.clock = clock;
    }

    @GetMapping("/")
    String start(@ModelAttribute("user") SignedInUser user, HtmxRequest htmx, Model model) {
        // The work list (bevakning) is reporting-service's; without it the rest of the page still works.
        try {
            model.addAttribute("worklist", worklists.worklist().items());
        } catch (ServiceUnavailableException down) {
            log.warn("{}", down.getMessage());
            model.addAttribute("worklistUnavailable", true);
        } catch (ServiceRefusal refusal) {
            if (refusal.status() < 500) {
                throw refusal;
            }
            log.warn("reporting-service answered {}", refusal.status());
            model.addAttribute("worklistUnavailable", true);
        }
        if (user.isRegistrar()) {
            model.addAttribute("toRegister", waiting(CaseStep.RECEIVED, null));
        }
        if (user.isCaseOfficer()) {
            List<WorkItem> mine = new java.util.ArrayList<>(waiting(CaseStep.IN_PREPARATION, user.name()));
            mine.addAll(waiting(CaseStep.IN_CONSULTATION, user.name()));
            model.addAttribute("myCases", mine);
        }
        if (user.isChair()) {
            model.addAttribute("proposals", waiting(CaseStep.DECISION_PROPOSED, null));
        }
        // Read again by the page itself when a case changes: the lists alone.
        return htmx.isHtmxRequest() ? "start :: work" : "start";
    }

    private List<WorkItem> waiting(CaseStep step, String caseOfficer) {
        LocalDate today = LocalDate.now(clock);
        // Oldest first from case-service, so the cases that have waited longest are the ones read.
        return cases.list(CaseFilter.inStep(step, WORK_LIST_SIZE)).items().stream()
                .filter(item -> caseOfficer == null || caseOfficer.equals(item.caseOfficer()))
                .map(item -> new WorkItem(item, ChronoUnit.DAYS.between(item.receivedOn(), today)))
                .toList();
    }
}
