package se.rjh.mtp.portal.register;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;
import se.rjh.mtp.portal.cases.ServiceUnavailableException;
import se.rjh.mtp.portal.web.ProblemPages;
import se.rjh.mtp.portal.web.SignedInUser;

/**
 * What the register's pages share: where a device's page is, who may change a device, post/redirect/get back to it
 * with a banner, and the register's own words for a device that moved on (409) and for group-service not answering.
 */
@ControllerAdvice(basePackageClasses = RegisterPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegisterPages {

    static final String LIST = "/egentillverkning";
    private static final String PROBLEM = "register/problem";

    /** The device's page on this portal. */
    static String devicePath(String deviceId) {
        return LIST + "/" + UriUtils.encodePathSegment(deviceId, "UTF-8");
    }

    /** Done: back to the device's page, where the notification banner says what happened. */
    static String done(String deviceId, String banner, RedirectAttributes next) {
        next.addFlashAttribute("banner", banner);
        return "redirect:" + devicePath(deviceId);
    }

    /** The register's MAINTAIN role (group-service): the chair or a case officer keeps the register. */
    static boolean maintains(SignedInUser user) {
        return user != null && (user.isChair() || user.isCaseOfficer());
    }

    /** A change to a released or in-use device makes a new version and needs a change note; before, none is asked. */
    static boolean versioned(InHouseDeviceView device) {
        return device.status() == InHouseDeviceStatus.RELEASED || device.status() == InHouseDeviceStatus.IN_USE;
    }

    @ExceptionHandler(DeviceChangedException.class)
    String changed(DeviceChangedException e, HttpServletResponse response, Model model) {
        return ProblemPages.changed(response, model, "problem", devicePath(e.deviceId()), PROBLEM);
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    String unavailable(ServiceUnavailableException e, HttpServletResponse response, Model model) {
        return ProblemPages.unavailable(e, response, model, "problem", PROBLEM);
    }
}
