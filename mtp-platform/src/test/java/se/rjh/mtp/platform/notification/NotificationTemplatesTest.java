package se.rjh.mtp.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.rjh.mtp.api.common.NotificationKind;

class NotificationTemplatesTest {

    private final NotificationTemplates templates = new NotificationTemplates();

    /** Every placeholder any template uses, with a value that shows up in the result. */
    static Map<String, String> values() {
        Map<String, String> values = new HashMap<>();
        values.put("caseNumber", "MTP/7/2026");
        values.put("caseTitle", "MTP/7/2026");
        values.put("date", "2026-03-02");
        values.put("dueDate", "2026-03-20");
        values.put("decidedOn", "2026-04-01");
        values.put("body", "gaskommittén");
        values.put("link", "http://127.0.0.1:8081/api/cases/c-1");
        values.put("groupName", "LAG Ordnat införande");
        values.put("title", "Rutin för infusionspumpar");
        values.put("documentNumber", "RL-3");
        values.put("versionNumber", "2");
        values.put("reviewDate", "2026-05-01");
        values.put("unitName", "Avdelning 5");
        values.put("subjectKind", "en riktlinje");
        values.put("subjectReference", "RL-3 version 2");
        values.put("subjectTitle", "Rengöring av pumpar");
        values.put("message", "");
        values.put("acknowledgeBy", "2026-03-31");
        values.put("deviceId", "EGT-4");
        values.put("name", "Handortos");
        return values;
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void everyKindRendersASwedishMailWithEveryPlaceholderFilled(NotificationKind kind) {
        NotificationTemplates.Rendered mail = templates.render(kind, values());

        assertThat(mail.subject()).isNotBlank().doesNotContain("${").doesNotContain("\n");
        assertThat(mail.body()).startsWith("Hej!").contains("Med vänlig hälsning").contains("LSG MTP")
                .doesNotContain("${");
    }

    @Test
    void valuesAreFilledIn() {
        NotificationTemplates.Rendered mail = templates.render(NotificationKind.CONSULTATION_REQUESTED, values());

        assertThat(mail.subject()).isEqualTo("Begäran om samverkan i ärende MTP/7/2026");
        assertThat(mail.body()).contains("LSG MTP ber gaskommittén om synpunkter i ärende MTP/7/2026.")
                .contains("Svara senast: 2026-03-20").contains("http://127.0.0.1:8081/api/cases/c-1");
    }

    @Test
    void aMissingValueIsAnErrorNotAGap() {
        Map<String, String> values = values();
        values.remove("dueDate");

        assertThatThrownBy(() -> templates.render(NotificationKind.CONSULTATION_REQUESTED, values))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("${dueDate}");
    }

    @Test
    void aValueNeverBreaksTheSubjectLine() {
        Map<String, String> values = values();
        values.put("caseNumber", "MTP/7/2026\nBcc: someone@else.example");

        NotificationTemplates.Rendered mail = templates.render(NotificationKind.CASE_ASSIGNED, values);

        assertThat(mail.subject()).doesNotContain("\n").isEqualTo("Ärende MTP/7/2026 Bcc: someone@else.example har tilldelats dig");
    }

    @Test
    void aMailThatWouldCarryAPersonalIdentityNumberIsRefusedWithoutNamingIt() {
        Map<String, String> values = values();
        values.put("title", "Patient 19121212-1212 fick fel dos");

        assertThatThrownBy(() -> templates.render(NotificationKind.ASSIGNMENT_ISSUED, values))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("personal identity number")
                .hasMessageNotContaining("1212");
    }
}
