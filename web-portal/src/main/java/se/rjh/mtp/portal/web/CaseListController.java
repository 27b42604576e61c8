package se.rjh.mtp.portal.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.view.CaseListOrder;
import se.rjh.mtp.api.cases.view.CasePage;
import se.rjh.mtp.portal.cases.CaseFilter;
import se.rjh.mtp.portal.cases.CaseGateway;

/**
 * The case list: the filters are a GET form, so every result has an address. With htmx only the results are
 * swapped (and the address pushed); without it the whole page comes back. The received column sorts (MoJ sortable
 * table, done by case-service's query): its header is a link to the other order, with {@code aria-sort}; paging and
 * filtering keep the order.
 */
@Controller
class CaseListController {

    private final CaseGateway cases;

    CaseListController(CaseGateway cases) {
        this.cases = cases;
    }

    @GetMapping("/arenden")
    String list(@RequestParam(required = false) CaseStep step, @RequestParam(required = false) CaseType caseType,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                @RequestParam(required = false) String sort, HtmxRequest htmx, Model model) {
        // An order case-service does not know is the default one, as a filter it does not know would be ignored.
        CaseFilter filter = new CaseFilter(step, caseType, q, page, CaseFilter.PAGE_SIZE,
                CaseListOrder.of(sort).orElse(null));
        CasePage result = cases.list(filter);
        long pages = Math.max(1, (result.total() + filter.size() - 1) / filter.size());
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("pages", pages);
        model.addAttribute("steps", CaseStep.values());
        model.addAttribute("caseTypes", CaseType.values());
        return htmx.isHtmxRequest() && !htmx.isBoosted() ? "cases :: results" : "cases";
    }
}
