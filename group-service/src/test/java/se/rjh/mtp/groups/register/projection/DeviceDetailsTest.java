package se.rjh.mtp.groups.register.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.InHouseDeviceCaseLinked;
import se.rjh.mtp.api.devices.InHouseDeviceProposed;
import se.rjh.mtp.api.devices.InHouseDeviceReleased;
import se.rjh.mtp.api.devices.InHouseDeviceReviewOverdue;
import se.rjh.mtp.api.devices.InHouseDeviceRevised;
import se.rjh.mtp.api.devices.IvoInformationRecorded;
import se.rjh.mtp.api.devices.MarketSearchOverdue;
import se.rjh.mtp.api.devices.MarketSearchRecorded;
import se.rjh.mtp.api.devices.ReviewIntervalChanged;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;
import se.rjh.mtp.api.devices.view.InHouseDeviceView.ChangeLogEntry;
import se.rjh.mtp.groups.register.RegisterProperties;

/**
 * The device page: its overdue flags belong to the due date the deadline scan found passed, as in the aggregate; the
 * information to IVO is due the configured time after the decision; a change after release is a new version.
 */
class DeviceDetailsTest {

    private static final String ID = "EGT-1";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate DUE = DAY.plusMonths(12);
    private static final String ACTOR = "handlaggare";

    @Test
    void aReviewFoundOverdueStaysOverdueUntilItsDueDateChanges() {
        assertThat(view(released(), new InHouseDeviceReviewOverdue(ID, DUE, DUE.plusDays(1))).reviewOverdue())
                .isTrue();
        InHouseDeviceView moved = view(released(), new InHouseDeviceReviewOverdue(ID, DUE, DUE.plusDays(1)),
                new ReviewIntervalChanged(ID, "P24M", DAY.plusMonths(24)));
        assertThat(moved.nextReviewDue()).isEqualTo(DAY.plusMonths(24));
        assertThat(moved.reviewOverdue()).isFalse();
        // An interval change that keeps the due date (none given) keeps the flag.
        assertThat(view(released(), new InHouseDeviceReviewOverdue(ID, DUE, DUE.plusDays(1)),
                new ReviewIntervalChanged(ID, "P24M", null)).reviewOverdue()).isTrue();
    }

    @Test
    void aMarketSearchFoundOverdueIsNoLongerOverdueOnceSearchedAgain() {
        LocalDate searchDue = DAY.plusMonths(6);
        MarketSearchRecorded searched = new MarketSearchRecorded(ID, "Ingen CE-märkt ortos passar", DAY, false,
                "Sökt hos tre leverantörer", searchDue);
        MarketSearchOverdue overdue = new MarketSearchOverdue(ID, searchDue, searchDue.plusDays(1));
        assertThat(view(searched, overdue).marketSearchOverdue()).isTrue();
        assertThat(view(searched, overdue, new MarketSearchRecorded(ID, "Fortfarande ingen", searchDue.plusDays(2),
                false, "Sökt igen", searchDue.plusMonths(6))).marketSearchOverdue()).isFalse();
    }

    @Test
    void theInformationToIvoIsDueTheConfiguredThirtyDaysAfterTheDecisionUntilItIsGiven() throws IOException {
        Period deadline = configuredIvoDeadline();
        assertThat(deadline).isEqualTo(Period.ofDays(30));
        InHouseDeviceCaseLinked linked = new InHouseDeviceCaseLinked(ID, "case-1", "MTP/4/2026", DAY);

        assertThat(view(deadline, linked).ivoInformationDue()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(view(deadline).ivoInformationDue()).as("no decided case, no deadline").isNull();
        assertThat(view(deadline, linked, new IvoInformationRecorded(ID, DAY.plusDays(3), "IVO-1", List.of()))
                .ivoInformationDue()).as("given").isNull();
    }

    @Test
    void aChangeToAReleasedDeviceIsANewVersionWithItsLineInTheChangeLog() {
        InHouseDeviceView revised = view(released(), new MarketSearchRecorded(ID, "Ingen CE-märkt ortos passar", DAY,
                false, "Sökt igen", DAY.plusMonths(6)), new InHouseDeviceRevised(ID, 2, "Ny marknadssökning",
                DAY.plusDays(40)));

        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.changeLog()).containsExactly(
                new ChangeLogEntry(2, "Ny marknadssökning", DAY.plusDays(40), ACTOR));
        assertThat(view(released()).changeLog()).isEmpty();
        assertThat(view(released()).version()).isEqualTo(1);
    }

    /** The deadline as group-service.yml configures it, bound as the service binds it. */
    private static Period configuredIvoDeadline() throws IOException {
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("group-service",
                new ClassPathResource("group-service.yml"));
        return new Binder(ConfigurationPropertySources.from(yaml)).bind("mtp.register", RegisterProperties.class)
                .get().ivo().deadline();
    }

    private static Object released() {
        return new InHouseDeviceReleased(ID, 1, "case-1", DAY, DUE);
    }

    private static InHouseDeviceView view(Object... events) {
        return view(Period.ofMonths(2), events);
    }

    /** The device page after these events, each by {@link #ACTOR}. */
    private static InHouseDeviceView view(Period ivoDeadline, Object... events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        messages.add(new GenericDomainEventMessage<>("InHouseDevice", ID, 0,
                new InHouseDeviceProposed(ID, "Handortos", DeviceKind.MD, "Avlastning", "unit-ortopedi", DAY)));
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>("InHouseDevice", ID, messages.size(), event,
                    MetaData.with(MetadataKeys.ACTOR, ACTOR)));
        }
        return DeviceDetails.fold(messages).orElseThrow().view("Ortopedkliniken", ivoDeadline);
    }
}
