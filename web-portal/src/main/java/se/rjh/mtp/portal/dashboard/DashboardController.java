package se.rjh.mtp.portal.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.rjh.mtp.portal.cases.ServiceUnavailableException;

/**
 * The reporting dashboard inside the portal: every figure as a table (the source of truth), each enum value by its
 * Swedish label. With reporting-service down the page says so.
 */
@Controller
class DashboardController {

    private final DashboardGateway reports;

    DashboardController(DashboardGateway reports) {
        this.reports = reports;
    }

    @GetMapping("/statistik")
    String dashboard(Model model) {
        try {
            model.addAttribute("report", reports.dashboard());
        } catch (ServiceUnavailableException e) {
            model.addAttribute("unavailable", true);
        }
        return "dashboard/dashboard";
    }
}
