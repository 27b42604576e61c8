package se.rjh.mtp.portal.register;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.devices.view.InHouseDevicePage;

/**
 * The register list: the filters (status, unit, text) are a GET form, so every result has an address. With htmx
 * only the results are swapped and the address pushed; without it the whole page comes back.
 */
@Controller
class RegisterListController {

    private final RegisterGateway register;

    RegisterListController(RegisterGateway register) {
        this.register = register;
    }

    @GetMapping(RegisterPages.LIST)
    String list(@RequestParam(required = false) InHouseDeviceStatus status,
                @RequestParam(required = false) String unit, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
        RegisterFilter filter = new RegisterFilter(status, unit, q, page, RegisterFilter.PAGE_SIZE);
        InHouseDevicePage result = register.list(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("pages", Math.max(1, (result.total() + filter.size() - 1) / filter.size()));
        model.addAttribute("statuses", InHouseDeviceStatus.values());
        return htmx.isHtmxRequest() && !htmx.isBoosted() ? "register/list :: results" : "register/list";
    }
}
