package se.rjh.mtp.guidelines.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.guidelines.GuidelineDrafted;
import se.rjh.mtp.api.guidelines.GuidelineKind;
import se.rjh.mtp.api.guidelines.GuidelineNumberAllocated;
import se.rjh.mtp.api.guidelines.VersionDrafted;
import se.rjh.mtp.guidelines.domain.Commands.DraftGuideline;

/**
 * The number series and the new guideline in one unit of work: numbers are gap-free, a refused draft takes no
 * number, and a case follow-up delivered twice gets one guideline.
 */
class GuidelineDraftingTest {

    private EventStore store;
    private CommandGateway gateway;

    @BeforeEach
    void setUp() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        var series = EventSourcingRepository.builder(GuidelineNumberSeries.class).eventStore(store).build();
        var guidelines = EventSourcingRepository.builder(Guideline.class).eventStore(store).build();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        new AnnotationCommandHandlerAdapter<>(new GuidelineDrafting(series, guidelines)).subscribe(bus);
        gateway = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    @Test
    void numbersFollowEachOtherAndTheAuthorIsTheActor() {
        assertThat(draft(draftCommand(12, null))).isEqualTo("RL-MTP-1");
        assertThat(draft(draftCommand(null, null))).isEqualTo("RL-MTP-2");
        List<Object> second = payloads("RL-MTP-2");
        assertThat(second.get(0)).isInstanceOfSatisfying(GuidelineDrafted.class,
                e -> assertThat(e.reviewIntervalMonths()).isEqualTo(12));
        assertThat(second.get(1)).isInstanceOfSatisfying(VersionDrafted.class,
                e -> assertThat(e.author()).isEqualTo("handlaggare"));
    }

    @Test
    void aRefusedDraftTakesNoNumber() {
        draft(draftCommand(null, null));
        assertThatThrownBy(() -> draft(draftCommand(37, null))).isInstanceOf(InvalidInputException.class);
        assertThat(payloads(GuidelineNumberSeries.SERIES_ID)).hasSize(1);
        assertThat(payloads("RL-MTP-2")).isEmpty();
        assertThat(draft(draftCommand(36, null))).isEqualTo("RL-MTP-2");
    }

    @Test
    void theSameCaseFollowUpGetsOneGuideline() {
        assertThat(draft(draftCommand(null, "case-1/f1"))).isEqualTo("RL-MTP-1");
        assertThat(draft(draftCommand(null, "case-1/f1"))).isEqualTo("RL-MTP-1");
        assertThat(draft(draftCommand(null, "case-1/f2"))).isEqualTo("RL-MTP-2");
        assertThat(payloads(GuidelineNumberSeries.SERIES_ID)).hasSize(2)
                .allMatch(GuidelineNumberAllocated.class::isInstance);
        assertThat(payloads("RL-MTP-1")).hasSize(2);
        assertThat(((VersionDrafted) payloads("RL-MTP-1").get(1)).author()).isEqualTo("system:guideline-service");
    }

    private String draft(DraftGuideline command) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(MetadataKeys.ACTOR, "handlaggare")));
    }

    private List<Object> payloads(String aggregateId) {
        return store.readEvents(aggregateId, 0).asStream().map(EventMessage::getPayload).map(Object.class::cast).toList();
    }

    private static DraftGuideline draftCommand(Integer interval, String requestKey) {
        return new DraftGuideline(GuidelineKind.PROCEDURE, "Rutin för egentillverkning", "Hela regionen",
                "LAG Tillverkning och säkerhet", "Medicinteknik", List.of(GuidelineFixtures.MDR_5_5), interval,
                "MTP/3/2026", "# Rutin", "Första utgåvan", requestKey);
    }
}
