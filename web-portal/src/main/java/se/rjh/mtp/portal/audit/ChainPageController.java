package se.rjh.mtp.portal.audit;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.rjh.mtp.api.common.Secrecy;

/**
 * Hash-chain verification per writing service, and the diarium (the public register) as the public sees it: a
 * secrecy-marked case's sender and subject masked whoever reads, so the auditor checks what is published.
 */
@Controller
class ChainPageController {

    private final AuditGateway audit;

    ChainPageController(AuditGateway audit) {
        this.audit = audit;
    }

    @GetMapping("/granskning/hashkedjor")
    String chains(Authentication authentication, Model model) {
        AuditAccess.auditReader(authentication);
        model.addAttribute("verification", audit.verification());
        return "audit/chains";
    }

    @GetMapping("/granskning/diarium")
    String diarium(Authentication authentication, Model model) {
        AuditAccess.auditReader(authentication);
        model.addAttribute("diarium", audit.diarium());
        model.addAttribute("mask", Secrecy.PROTECTED);
        return "audit/diarium";
    }
}
