package se.rjh.mtp.portal.register;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;
import se.rjh.mtp.portal.web.SignedInUser;

/**
 * The device's page: every field as a summary list, the status as a badge, versions and change log, the linked case
 * and incidents (links to the case pages), the reviews with their corrective actions, the timeline, and the next
 * steps this role may take in the device's status. Starting development and completing a corrective action are
 * buttons here: they ask for nothing more.
 */
@Controller
class DevicePageController {

    private final RegisterGateway register;

    DevicePageController(RegisterGateway register) {
        this.register = register;
    }

    @GetMapping(RegisterPages.LIST + "/{id}")
    String page(@PathVariable String id, Authentication authentication, Model model) {
        SignedInUser user = SignedInUser.of(authentication);
        InHouseDeviceView device = register.get(id);
        boolean maintains = RegisterPages.maintains(user);
        InHouseDeviceStatus status = device.status();
        boolean live = status == InHouseDeviceStatus.RELEASED || status == InHouseDeviceStatus.IN_USE;
        model.addAttribute("device", device);
        model.addAttribute("history", register.history(id));
        model.addAttribute("intervalMonths", IntervalForm.of(device.reviewInterval()).getMonths());
        model.addAttribute("canMaintain", maintains && status != InHouseDeviceStatus.WITHDRAWN);
        model.addAttribute("canStartDevelopment", maintains && status == InHouseDeviceStatus.PROPOSED);
        model.addAttribute("canRelease", user != null && user.isChair() && status == InHouseDeviceStatus.UNDER_DEVELOPMENT);
        model.addAttribute("canPutInUse", maintains && status == InHouseDeviceStatus.RELEASED);
        model.addAttribute("canReview", maintains && live);
        model.addAttribute("canWithdraw", user != null && user.isChair() && status != InHouseDeviceStatus.WITHDRAWN);
        return "register/device";
    }

    @PostMapping(RegisterPages.LIST + "/{id}/utveckling")
    String startDevelopment(@PathVariable String id, RedirectAttributes next) {
        register.startDevelopment(id);
        return RegisterPages.done(id, "register.banner.developmentStarted", next);
    }

    @PostMapping(RegisterPages.LIST + "/{id}/granskningar/{reviewId}/atgarder/{actionId}/klar")
    String completeAction(@PathVariable String id, @PathVariable String reviewId, @PathVariable String actionId,
                          RedirectAttributes next) {
        register.completeAction(id, reviewId, actionId, new RegisterCommands.ActionCompletion(null, null));
        return RegisterPages.done(id, "register.banner.actionCompleted", next);
    }
}
