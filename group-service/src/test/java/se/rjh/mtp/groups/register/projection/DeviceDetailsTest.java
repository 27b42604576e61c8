package se.rjh.mtp.groups.register.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.InHouseDeviceProposed;
import se.rjh.mtp.api.devices.InHouseDeviceReleased;
import se.rjh.mtp.api.devices.InHouseDeviceReviewOverdue;
import se.rjh.mtp.api.devices.MarketSearchOverdue;
import se.rjh.mtp.api.devices.MarketSearchRecorded;
import se.rjh.mtp.api.devices.ReviewIntervalChanged;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;

/** The device page's overdue flags belong to the due date the deadline scan found passed, as in the aggregate. */
class DeviceDetailsTest {

    private static final String ID = "EGT-1";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate DUE = DAY.plusMonths(12);

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

    private static Object released() {
        return new InHouseDeviceReleased(ID, 1, "case-1", DAY, DUE);
    }

    private static InHouseDeviceView view(Object... events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        messages.add(new GenericDomainEventMessage<>("InHouseDevice", ID, 0,
                new InHouseDeviceProposed(ID, "Handortos", DeviceKind.MD, "Avlastning", "unit-ortopedi", DAY)));
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>("InHouseDevice", ID, messages.size(), event));
        }
        return DeviceDetails.fold(messages).orElseThrow().view("Ortopedkliniken", Period.ofMonths(2));
    }
}
