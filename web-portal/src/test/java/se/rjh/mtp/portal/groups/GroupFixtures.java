package se.rjh.mtp.portal.groups;

import java.time.LocalDate;
import java.util.List;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.GroupKind;
import se.rjh.mtp.api.groups.MemberRole;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.api.groups.view.AssignmentView;
import se.rjh.mtp.api.groups.view.WorkingGroupView;
import se.rjh.mtp.portal.web.Pages;

/** What the group page tests share: a signed-in user, and group-service's answers. */
final class GroupFixtures {

    static final String LAG = "lag-tillverkning-sakerhet";

    private GroupFixtures() {
    }

    static RequestPostProcessor signedIn(String name, String role) {
        return Pages.signedIn(name, role);
    }

    /** The LAG with {@code lag} as its one member since 2026-01-01, and Bo Berg, a member for 2025. */
    static WorkingGroupView lag() {
        return new WorkingGroupView(LAG, "LAG Tillverkning och säkerhet", GroupKind.LAG,
                "Egentillverkning och produktsäkerhet.", "lsg-mtp", LocalDate.of(2025, 9, 1), null, null,
                List.of(new WorkingGroupView.Member("lag", "Lena Ag", MemberRole.MEMBER, "Medicinteknik",
                        LocalDate.of(2026, 1, 1))),
                List.of(new WorkingGroupView.MembershipPeriod("bo", "Bo Berg", MemberRole.SECRETARY, null,
                                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31)),
                        new WorkingGroupView.MembershipPeriod("lag", "Lena Ag", MemberRole.MEMBER, "Medicinteknik",
                                LocalDate.of(2026, 1, 1), null)));
    }

    static WorkingGroupView lsg() {
        return new WorkingGroupView("lsg-mtp", "LSG MTP", GroupKind.LSG, "Regionövergripande frågor om MTP.", null,
                LocalDate.of(2025, 9, 1), null, null,
                List.of(new WorkingGroupView.Member("ordforande", "Olle Ordf", MemberRole.CHAIR, "LSG MTP",
                        LocalDate.of(2026, 1, 1))),
                List.of(new WorkingGroupView.MembershipPeriod("ordforande", "Olle Ordf", MemberRole.CHAIR, "LSG MTP",
                        LocalDate.of(2026, 1, 1), null)));
    }

    /** An assignment of the LAG in a status, due on a day, with nothing said on it yet. */
    static AssignmentView assignment(String id, String title, AssignmentStatus status, LocalDate due) {
        return assignment(id, title, status, due, List.of(), List.of(), List.of());
    }

    static AssignmentView assignment(String id, String title, AssignmentStatus status, LocalDate due,
                                     List<AssignmentView.ProgressReport> reports,
                                     List<AssignmentView.Question> questions,
                                     List<AssignmentView.Decision> decisions) {
        return new AssignmentView(id, LAG, "LAG Tillverkning och säkerhet", title, "Kartlägg egentillverkningen.",
                List.of("Rapport"), due, null, null, status, false, null, "ordforande", LocalDate.of(2026, 11, 2),
                status == AssignmentStatus.ISSUED || status == AssignmentStatus.DRAFTED ? null : "lag",
                status == AssignmentStatus.ISSUED || status == AssignmentStatus.DRAFTED ? null : LocalDate.of(2026, 11, 3),
                null, null, reports, null, null, null, List.of(), null, null, questions, decisions);
    }

    static AssignmentView.ProgressReport report(ProgressStatus status, String text) {
        return new AssignmentView.ProgressReport(status, text, "lag", LocalDate.of(2026, 11, 10));
    }
}
