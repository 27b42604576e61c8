package se.rjh.mtp.portal.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows: the signed-in user (name in the header, the navigation by role). */
@ControllerAdvice
class PageModel {

    @ModelAttribute("user")
    SignedInUser user(Authentication authentication) {
        return SignedInUser.of(authentication);
    }
}
