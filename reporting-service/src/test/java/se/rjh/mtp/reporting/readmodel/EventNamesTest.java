package se.rjh.mtp.reporting.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.reporting.groups.GroupEvents;
import se.rjh.mtp.reporting.incidents.IncidentEvents;
import se.rjh.mtp.reporting.pipeline.CaseEvents;

class EventNamesTest {

    @Test
    void namesComeFromTheRecordsAndNestedPathsAreFollowed() {
        assertThat(EventNames.type(CaseReceived.class)).isEqualTo("CaseReceived");
        assertThat(EventNames.field(CaseReceived.class, "submitter.name")).isEqualTo("submitter.name");
        // Loading the name holders checks every field they name.
        assertThat(CaseEvents.SENDER_UNIT).isEqualTo("submitter.unit");
        assertThat(GroupEvents.REPORT_STATUS).isEqualTo("status");
        assertThat(IncidentEvents.IVO).isEqualTo("reportedToIvoOn");
    }

    @Test
    void aFieldTheRecordDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> EventNames.field(CaseReceived.class, "sender"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CaseReceived has no field sender");
        assertThatThrownBy(() -> EventNames.field(CaseReceived.class, "submitter.phone"))
                .isInstanceOf(IllegalStateException.class);
    }
}
