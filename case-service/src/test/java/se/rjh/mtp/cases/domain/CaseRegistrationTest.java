package se.rjh.mtp.cases.domain;

import static se.rjh.mtp.cases.domain.CaseFixtures.ID;
import static se.rjh.mtp.cases.domain.CaseFixtures.PERSONNUMMER;
import static se.rjh.mtp.cases.domain.CaseFixtures.PUMP;
import static se.rjh.mtp.cases.domain.CaseFixtures.REGISTRAR;
import static se.rjh.mtp.cases.domain.CaseFixtures.TODAY;
import static se.rjh.mtp.cases.domain.CaseFixtures.received;
import static se.rjh.mtp.cases.domain.CaseFixtures.registered;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.SecrecyMarking;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.cases.registration.CaseRegistrationHandler;

/**
 * Registration through {@link CaseRegistrationHandler}: the case from the fixture's repository, the number series
 * from a repository of its own, in the one unit of work of the command.
 */
class CaseRegistrationTest {

    private FixtureConfiguration<Case> fixture;
    private InMemoryEventStorageEngine seriesEvents;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
        seriesEvents = new InMemoryEventStorageEngine();
        EventSourcingRepository<CaseNumberSeries> series = EventSourcingRepository.builder(CaseNumberSeries.class)
                .eventStore(EmbeddedEventStore.builder().storageEngine(seriesEvents).build()).build();
        fixture.registerAnnotatedCommandHandler(new CaseRegistrationHandler(fixture.getRepository(), series));
    }

    @Test
    void registrationTakesTheFirstNumberOfTheYear() {
        fixture.given(received(CaseType.OTHER))
                .when(new RegisterCase(ID, "Patientsäkerhet", PUMP, null, null, TODAY), REGISTRAR)
                .expectEvents(new CaseRegistered(ID, "MTP/1/2026", CaseType.OTHER, "Patientsäkerhet", PUMP, null, TODAY, TODAY))
                .expectResultMessagePayload("MTP/1/2026");
    }

    @Test
    void secrecyMarkingRecordsProvisionDateAndWhoMarkedIt() {
        fixture.given(received(CaseType.OTHER))
                .when(new RegisterCase(ID, "Säkerhet", null, "OSL 18 kap. 8 §", null, TODAY), REGISTRAR)
                .expectEvents(new CaseRegistered(ID, "MTP/1/2026", CaseType.OTHER, "Säkerhet", null,
                        new SecrecyMarking("OSL 18 kap. 8 §", TODAY, "registrator"), TODAY, TODAY));
    }

    @Test
    void registeringTwiceIsRefusedAndTakesNoNumber() {
        fixture.given(received(CaseType.OTHER), registered(CaseType.OTHER))
                .when(new RegisterCase(ID, "Patientsäkerhet", null, null, null, TODAY), REGISTRAR)
                .expectException(StateConflictException.class)
                .expectNoEvents();
        org.assertj.core.api.Assertions.assertThat(seriesEvents.readEvents(CaseNumberSeries.seriesId(2026)).asStream())
                .isEmpty();
    }

    @Test
    void registrationWithoutClassificationIsRefused() {
        fixture.given(received(CaseType.OTHER))
                .when(new RegisterCase(ID, " ", null, null, null, TODAY), REGISTRAR)
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void deviceWithPersonalIdentityNumberIsRefused() {
        fixture.given(received(CaseType.OTHER))
                .when(new RegisterCase(ID, "Klass", new se.rjh.mtp.api.cases.Device(PERSONNUMMER, "Acme", "X", null,
                        PUMP.deviceClass(), PUMP.marking()), null, null, TODAY), REGISTRAR)
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }
}
