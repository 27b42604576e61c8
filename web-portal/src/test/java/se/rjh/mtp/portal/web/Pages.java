package se.rjh.mtp.portal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.cases.view.CaseListItem;
import se.rjh.mtp.api.cases.view.CasePage;
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.api.cases.view.ConsultationView;
import se.rjh.mtp.api.cases.view.FollowUpView;

/** What the controller tests share: a signed-in user with a role, and case-service's answers. */
public final class Pages {

    private Pages() {
    }

    public static RequestPostProcessor signedIn(String name, String role) {
        return oidcLogin().idToken(token -> token.subject(name).claim("preferred_username", name))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    static CaseListItem received(String id, String subject, LocalDate receivedOn) {
        return new CaseListItem(id, null, CaseStep.RECEIVED, CaseType.REPROCESSING, Channel.FORM, subject, "Ann Al",
                receivedOn, null, null, false);
    }

    /** A case in a step, with a diarienummer from registration on; nothing else of it filled in. */
    static CaseView caseIn(String id, CaseStep step, String caseNumber) {
        return new CaseView(id, caseNumber, step, Instant.now(), "Diskdesinfektor", null, CaseType.REPROCESSING,
                Channel.FORM, new Submitter("Ann Al", null, null), LocalDate.of(2026, 11, 20), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, false, List.of(), List.of(),
                List.of(), List.of());
    }

    /** A case of a type in a step with its case officer, its consultations and its decision's follow-ups. */
    static CaseView caseOf(String id, CaseType type, CaseStep step, String caseOfficer,
                           List<ConsultationView> consultations, List<FollowUpView> followUps) {
        return new CaseView(id, "MTP/7/2026", step, Instant.now(), "Diskdesinfektor", null, type, Channel.FORM,
                new Submitter("Ann Al", null, null), LocalDate.of(2026, 11, 20), null, "2.3.1", null, null,
                LocalDate.of(2026, 11, 20), caseOfficer, LocalDate.of(2026, 11, 21), null, null, null, null, null,
                null, null, null, null, null, false, List.of(), List.of(), consultations, followUps);
    }

    static CasePage page(CaseListItem... items) {
        return new CasePage(List.of(items), 0, 20, items.length);
    }
}
