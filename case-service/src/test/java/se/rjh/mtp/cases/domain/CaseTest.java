package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.common.InvalidInputException;

class CaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Submitter SUBMITTER = new Submitter("Eva Ek", "Medicinteknik", "eva.ek@example.se");

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    @Test
    void receivingACaseRecordsIntake() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveCase("c1", "Infusionspump larmar", "Beskrivning", CaseType.INCIDENT_FOLLOW_UP,
                        Channel.EMAIL, SUBMITTER, TODAY, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CaseReceived("c1", "Infusionspump larmar", "Beskrivning", CaseType.INCIDENT_FOLLOW_UP,
                        Channel.EMAIL, SUBMITTER, TODAY, null));
    }

    @Test
    void blankSubjectIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveCase("c1", " ", null, CaseType.OTHER, Channel.FORM, SUBMITTER, TODAY, null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }
}
