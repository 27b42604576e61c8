package se.rjh.mtp.portal.register;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/**
 * Frisläppning: the chair checks the device's answers before releasing it, since a release cannot be undone. What
 * the register says is still missing (one rule, in the service) is the page's error summary, each item linking to
 * the form that puts it right, both before the chair tries and when a release is refused.
 */
@Controller
class ReleaseController {

    private static final String RELEASE = RegisterPages.LIST + "/{id}/frislapp";

    private final RegisterGateway register;

    ReleaseController(RegisterGateway register) {
        this.register = register;
    }

    @GetMapping(RELEASE)
    String check(@PathVariable String id, Model model) {
        return page(register.get(id), register.releaseCheck(id).missing(), model);
    }

    @PostMapping(RELEASE)
    String release(@PathVariable String id, Model model, RedirectAttributes next) {
        try {
            register.release(id, new RegisterCommands.Release(null));
        } catch (ServiceRefusal refusal) {
            if (refusal.status() != 409 || refusal.missing().isEmpty()) {
                throw refusal;
            }
            return page(register.get(id), refusal.missing(), model);
        }
        return RegisterPages.done(id, "register.banner.released", next);
    }

    private String page(InHouseDeviceView device, List<String> missing, Model model) {
        model.addAttribute("device", device);
        model.addAttribute("missing", MissingItem.of(missing, device.id()));
        model.addAttribute("gsprAnswered", device.gspr() == null ? 0
                : device.gspr().stream().filter(entry -> entry.answer() != null).count());
        return "register/release-check";
    }
}
