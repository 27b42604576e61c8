package se.rjh.mtp.groups.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.DAY;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.POLICY;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.UNIT;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.UNITS;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.InHouseDeviceCaseLinked;
import se.rjh.mtp.api.devices.InHouseDeviceNumberAllocated;
import se.rjh.mtp.api.devices.InHouseDeviceProposed;
import se.rjh.mtp.groups.register.domain.RegisterCommands.CaseLink;
import se.rjh.mtp.groups.register.domain.RegisterCommands.ProposeInHouseDevice;
import se.rjh.mtp.testsupport.InMemoryUnitOfWork;

/**
 * The number series and the new device in one unit of work: ids are gap-free, a refused proposal takes no number,
 * and a case decision delivered twice proposes one device.
 */
class InHouseDeviceProposingTest {

    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @BeforeEach
    void setUp() {
        unitOfWork.handledBy(new InHouseDeviceProposing(unitOfWork.repository(InHouseDeviceNumberSeries.class),
                unitOfWork.repository(InHouseDevice.class), UNITS, POLICY));
    }

    private String propose(ProposeInHouseDevice command) {
        return unitOfWork.send(command, Map.of(MetadataKeys.ACTOR, "handlaggare"));
    }

    private static ProposeInHouseDevice byHand(String name) {
        return new ProposeInHouseDevice(name, DeviceKind.MD, "Avlastning", UNIT, DAY, null, null);
    }

    @Test
    void idsFollowEachOther() {
        assertThat(propose(byHand("Handortos"))).isEqualTo("EGT-1");
        assertThat(propose(byHand("Fotortos"))).isEqualTo("EGT-2");
        assertThat(unitOfWork.payloads("EGT-2").get(0)).isEqualTo(new InHouseDeviceProposed("EGT-2", "Fotortos",
                DeviceKind.MD, "Avlastning", UNIT, DAY));
    }

    @Test
    void aRefusedProposalTakesNoNumber() {
        assertThatThrownBy(() -> propose(byHand(" "))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> propose(new ProposeInHouseDevice("Ortos", DeviceKind.MD, null, "unit-okand", DAY,
                null, null))).isInstanceOf(InvalidInputException.class);
        assertThat(propose(byHand("Handortos"))).isEqualTo("EGT-1");
    }

    @Test
    void aDecisionDeliveredTwiceProposesOneLinkedDevice() {
        ProposeInHouseDevice fromCase = new ProposeInHouseDevice("Handortos", DeviceKind.MD, null, null, DAY,
                new CaseLink("case-1", "MTP/4/2026", DAY), "case-1");
        assertThat(propose(fromCase)).isEqualTo("EGT-1");
        assertThat(propose(fromCase)).isEqualTo("EGT-1");
        assertThat(unitOfWork.payloads("EGT"))
                .containsExactly(new InHouseDeviceNumberAllocated("EGT", 1, "EGT-1", "case-1"));
        assertThat(unitOfWork.payloads("EGT-1"))
                .contains(new InHouseDeviceCaseLinked("EGT-1", "case-1", "MTP/4/2026", DAY));
    }
}
