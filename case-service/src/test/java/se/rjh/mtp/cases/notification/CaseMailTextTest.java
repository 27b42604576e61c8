package se.rjh.mtp.cases.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.RegistrationCorrected;
import se.rjh.mtp.api.cases.SecrecyMarking;
import se.rjh.mtp.api.cases.SecrecyMarkingChanged;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.platform.notification.NotificationTemplates;

/** What a case's mail says: the subject only while the case is not marked, never the description. */
class CaseMailTextTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String SUBJECT = "Infusionspump larmar utan orsak";
    private static final String DESCRIPTION = "Patienten fick för hög dos";
    private static final CaseReceived RECEIVED = new CaseReceived("c1", SUBJECT, DESCRIPTION, CaseType.INTRODUCTION,
            Channel.EMAIL, new Submitter("Eva Ek", "Medicinteknik", "eva.ek@mtp.example"), DAY, null);
    private static final SecrecyMarking MARKING = new SecrecyMarking("OSL 25:1", DAY, "registrator");

    private final NotificationTemplates templates = new NotificationTemplates();

    @Test
    void theFactsFollowCorrectionsAndHandOvers() {
        CaseFacts facts = CaseFacts.of(List.of(RECEIVED, registered(null),
                new PreparationStarted("c1", "MTP/7/2026", CaseType.INTRODUCTION, "handlaggare", DAY),
                new RegistrationCorrected("c1", "MTP/7/2026", null, null,
                        new Submitter("Eva Ek", "Medicinteknik", "eva.ek2@mtp.example"), null, null, "Ny adress")));

        assertThat(facts).isEqualTo(new CaseFacts("MTP/7/2026", "handlaggare", "eva.ek2@mtp.example", SUBJECT, false));
        assertThat(facts.title()).isEqualTo("MTP/7/2026 – " + SUBJECT);
    }

    @ParameterizedTest
    @EnumSource(value = NotificationKind.class, names = {"CASE_ASSIGNED", "CONSULTATION_REQUESTED",
            "CONSULTATION_OVERDUE", "DECISION_PROPOSED", "CASE_DECIDED"})
    void aMarkedCasesMailCarriesNoProtectedText(NotificationKind kind) {
        CaseFacts marked = CaseFacts.of(List.of(RECEIVED, registered(MARKING)));

        NotificationTemplates.Rendered mail = templates.render(kind, values(marked));

        assertThat(mail.subject() + mail.body()).contains("MTP/7/2026").doesNotContain(SUBJECT)
                .doesNotContain(DESCRIPTION).contains("Hej!");
    }

    @Test
    void markingAfterRegistrationHidesTheSubjectAndLiftingShowsItAgain() {
        SecrecyMarkingChanged marked = new SecrecyMarkingChanged("c1", "MTP/7/2026", null, MARKING, "OSL");
        SecrecyMarkingChanged lifted = new SecrecyMarkingChanged("c1", "MTP/7/2026", MARKING, null, "Hävd");

        assertThat(CaseFacts.of(List.of(RECEIVED, registered(null), marked)).title()).isEqualTo("MTP/7/2026");
        assertThat(CaseFacts.of(List.of(RECEIVED, registered(null), marked, lifted)).title()).contains(SUBJECT);
    }

    @Test
    void anUnmarkedCasesDecisionMailNamesTheSubjectButNotTheDescription() {
        NotificationTemplates.Rendered mail = templates.render(NotificationKind.CASE_DECIDED,
                values(CaseFacts.of(List.of(RECEIVED, registered(null)))));

        assertThat(mail.subject()).isEqualTo("Beslut i ärende MTP/7/2026");
        assertThat(mail.body()).contains(SUBJECT).doesNotContain(DESCRIPTION).contains("Beslutsdatum: 2026-03-02");
    }

    @Test
    void everyBodyHasASwedishName() {
        for (ConcernedBody body : ConcernedBody.values()) {
            assertThat(CaseNotifications.bodyName(body)).isNotBlank().doesNotContain("_");
        }
    }

    private static CaseRegistered registered(SecrecyMarking secrecy) {
        return new CaseRegistered("c1", "MTP/7/2026", CaseType.INTRODUCTION, "Patientsäkerhet", null, secrecy, DAY, DAY);
    }

    private static Map<String, String> values(CaseFacts facts) {
        return Map.of("caseNumber", facts.caseNumber(), "caseTitle", facts.title(), "date", DAY.toString(),
                "dueDate", DAY.toString(), "decidedOn", DAY.toString(), "body", "gaskommittén",
                "link", "http://127.0.0.1:8081/api/cases/c1");
    }
}
