package se.rjh.mtp.reporting.worklist;

import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.common.Secrecy;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.reporting.view.Worklist;
import se.rjh.mtp.api.reporting.view.WorklistItem;
import se.rjh.mtp.api.reporting.view.WorklistItemKind;
import se.rjh.mtp.platform.security.Roles;
import se.rjh.mtp.platform.time.WorkingDays;
import se.rjh.mtp.reporting.devices.DeviceFigures;
import se.rjh.mtp.reporting.devices.DeviceRows;
import se.rjh.mtp.reporting.groups.AssignmentRows;
import se.rjh.mtp.reporting.groups.GroupFigures;
import se.rjh.mtp.reporting.guidelines.GuidelineFigures;
import se.rjh.mtp.reporting.guidelines.GuidelineRows;
import se.rjh.mtp.reporting.pipeline.CaseSecrecy;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.Records;

/**
 * The signed-in user's work list from the active generation: Mongo selects the rows a role looks at, {@link
 * WorklistRules} decides which of their items are due today. A user with several roles gets every role's items, each
 * once. Auditors and administrators act on no case themselves, so their list is empty. The register of in-house
 * devices has no owner per device: its reviews and market searches are on the list of everyone who maintains it
 * (chair and case officers, as group-service lets them).
 */
@Component
public record Worklists(Generations generations, Clock clock, WorkingDays workingDays) {

    private static final List<String> OPEN_ASSIGNMENTS = AssignmentStatus.OPEN.stream().map(Enum::name).toList();

    public Worklist of(Authentication user) {
        String name = user.getName();
        WorklistRules rules = new WorklistRules(workingDays, LocalDate.now(clock));
        boolean mayReadProtected = CaseSecrecy.mayReadProtected(user);
        List<WorklistItem> items = new ArrayList<>();
        boolean chair = Roles.anyHeld(user, Roles.LSG_CHAIR);
        if (chair || Roles.anyHeld(user, Roles.REGISTRAR)) {
            cases(Filters.eq("step", CaseStep.RECEIVED.name()))
                    .forEach(row -> registration(row, rules, mayReadProtected, items));
        }
        if (Roles.anyHeld(user, Roles.CASE_OFFICER)) {
            Bson waiting = Filters.or(Filters.eq("consultationsOpen", true), Filters.eq("followUpsOpen", true));
            cases(Filters.and(Filters.eq("caseOfficer", name), waiting)).forEach(row -> {
                consultations(row, rules, mayReadProtected, items);
                followUps(row, rules, mayReadProtected, items);
            });
        }
        if (chair) {
            cases(Filters.eq("step", CaseStep.DECISION_PROPOSED.name()))
                    .forEach(row -> items.add(proposal(row, rules, mayReadProtected)));
            cases(Filters.eq("followUpsOpen", true)).forEach(row -> followUps(row, rules, mayReadProtected, items));
            assignments(Filters.in("state", OPEN_ASSIGNMENTS), rules, items);
            guidelines(rules, items);
        }
        if (chair || Roles.anyHeld(user, Roles.CASE_OFFICER)) {
            devices(rules, items);
        }
        if (Roles.anyHeld(user, Roles.LAG_MEMBER)) {
            List<String> groups = generations.active(WorklistGroupRows.MODEL).find(Filters.eq("members", name))
                    .map(row -> row.getString("_id")).into(new ArrayList<>());
            assignments(Filters.and(Filters.in("state", OPEN_ASSIGNMENTS), Filters.in("groupId", groups)), rules,
                    items);
        }
        Map<String, WorklistItem> once = new LinkedHashMap<>();
        items.forEach(item -> once.putIfAbsent(WorklistRules.identity(item), item));
        return new Worklist(name, rules.today(), once.values().stream().sorted(WorklistRules.ORDER).toList());
    }

    private List<Document> cases(Bson filter) {
        return generations.active(WorklistCaseRows.MODEL).find(filter).into(new ArrayList<>());
    }

    private static void registration(Document row, WorklistRules rules, boolean mayReadProtected,
                                     List<WorklistItem> items) {
        LocalDate receivedOn = Records.date(row.getString("receivedOn"));
        if (rules.registrationLate(receivedOn)) {
            LocalDate due = rules.registrationDue(receivedOn);
            items.add(caseItem(WorklistItemKind.REGISTRATION_WAITING, row, null, null, null, mayReadProtected,
                    due, rules.daysSince(receivedOn), rules));
        }
    }

    private static void consultations(Document row, WorklistRules rules, boolean mayReadProtected,
                                      List<WorklistItem> items) {
        for (Document c : row.getList("consultations", Document.class)) {
            LocalDate due = Records.date(c.getString("dueDate"));
            if (rules.consultationDue(due)) {
                items.add(caseItem(WorklistItemKind.CONSULTATION_DUE, row, c.getString("consultationId"), null,
                        c.getString("body"), mayReadProtected, due, null, rules));
            }
        }
    }

    private static void followUps(Document row, WorklistRules rules, boolean mayReadProtected,
                                  List<WorklistItem> items) {
        for (Document f : row.getList("followUps", Document.class)) {
            LocalDate decidedOn = Records.date(f.getString("decidedOn"));
            if (rules.followUpLongOpen(decidedOn)) {
                items.add(caseItem(WorklistItemKind.FOLLOW_UP_OPEN, row, null, f.getString("followUpId"),
                        f.getString("kind"), mayReadProtected, Records.date(f.getString("dueDate")),
                        rules.daysSince(decidedOn), rules));
            }
        }
    }

    private WorklistItem proposal(Document row, WorklistRules rules, boolean mayReadProtected) {
        Number at = row.get("proposedAt", Number.class);
        LocalDate proposedOn = at == null ? null
                : LocalDate.ofInstant(Instant.ofEpochMilli(at.longValue()), clock.getZone());
        return caseItem(WorklistItemKind.PROPOSAL_WAITING, row, null, null, null, mayReadProtected, null,
                rules.daysSince(proposedOn), rules);
    }

    private static WorklistItem caseItem(WorklistItemKind kind, Document row, String consultationId,
                                         String followUpId, String detail, boolean mayReadProtected, LocalDate due,
                                         Integer daysWaiting, WorklistRules rules) {
        boolean masked = row.getBoolean("secret", false) && !mayReadProtected;
        boolean overdue = kind == WorklistItemKind.REGISTRATION_WAITING || rules.isPast(due);
        return new WorklistItem(kind, row.getString("_id"), consultationId, followUpId, null, null,
                row.getString("caseNumber"), Secrecy.shown(Secrecy.display(row.getString("subject")), masked), detail, due,
                daysWaiting, rules.daysSince(due), overdue);
    }

    private void assignments(Bson filter, WorklistRules rules, List<WorklistItem> items) {
        generations.active(AssignmentRows.MODEL).find(filter).forEach(row -> {
            if (GroupFigures.isOverdue(row, rules.today())) {
                LocalDate due = Records.date(row.getString("dueDate"));
                items.add(new WorklistItem(WorklistItemKind.ASSIGNMENT_OVERDUE, row.getString("caseId"), null, null,
                        row.getString("_id"), null, null, row.getString("title"), row.getString("groupName"), due,
                        null, rules.daysSince(due), true));
            }
        });
    }

    private void guidelines(WorklistRules rules, List<WorklistItem> items) {
        generations.active(GuidelineRows.MODEL).find(Filters.eq("published", true)).forEach(row -> {
            LocalDate review = GuidelineFigures.nextReview(row);
            boolean overdue = GuidelineFigures.reviewOverdue(row, rules.today());
            if (rules.reviewDue(review, overdue)) {
                items.add(new WorklistItem(WorklistItemKind.GUIDELINE_REVIEW_DUE, null, null, null, null,
                        row.getString("_id"), row.getString("number"), row.getString("title"), null, review, null,
                        rules.daysSince(review), overdue));
            }
        });
    }

    /** Reviews and market searches of devices not withdrawn, due within 30 days or overdue. */
    private void devices(WorklistRules rules, List<WorklistItem> items) {
        generations.active(DeviceRows.MODEL)
                .find(Filters.ne("status", InHouseDeviceStatus.WITHDRAWN.name())).forEach(row -> {
                    deviceItem(WorklistItemKind.IN_HOUSE_DEVICE_REVIEW_DUE, row, DeviceFigures.nextReview(row),
                            DeviceFigures.reviewOverdue(row, rules.today()), rules, items);
                    deviceItem(WorklistItemKind.MARKET_SEARCH_DUE, row, DeviceFigures.nextMarketSearch(row),
                            DeviceFigures.marketSearchOverdue(row, rules.today()), rules, items);
                });
    }

    private static void deviceItem(WorklistItemKind kind, Document row, LocalDate due, boolean overdue,
                                   WorklistRules rules, List<WorklistItem> items) {
        if (rules.reviewDue(due, overdue)) {
            String deviceId = row.getString("_id");
            items.add(new WorklistItem(kind, null, null, null, null, null, deviceId, row.getString("name"),
                    row.getString("responsibleUnitId"), due, null, rules.daysSince(due), overdue, deviceId));
        }
    }
}
