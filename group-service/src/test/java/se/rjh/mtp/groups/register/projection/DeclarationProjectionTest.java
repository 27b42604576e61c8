package se.rjh.mtp.groups.register.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.GsprAnswer;
import se.rjh.mtp.api.devices.GsprChecklistRecorded;
import se.rjh.mtp.api.devices.GsprEntry;
import se.rjh.mtp.api.devices.InHouseDeviceDescribed;
import se.rjh.mtp.api.devices.InHouseDeviceDescription;
import se.rjh.mtp.api.devices.InHouseDeviceProposed;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.devices.InHouseDeviceTakenIntoUse;
import se.rjh.mtp.api.devices.InHouseDeviceWithdrawn;
import se.rjh.mtp.api.devices.view.DeclarationHistory;
import se.rjh.mtp.api.devices.view.DeclarationView;
import se.rjh.mtp.api.devices.view.DeclarationView.UnmetRequirement;
import se.rjh.mtp.groups.register.RegisterProperties;
import se.rjh.mtp.platform.eventstore.EmbeddedMongo;

/**
 * The public declaration's versions as the projection stores them (on mongo-java-server) and as "the version public
 * on a day" reads them: none before the device is in use, the version with it while it is, a later version without
 * it after the withdrawal. An event that touches no declared field makes no version.
 */
class DeclarationProjectionTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final String ID = "EGT-7";
    private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 3, 2);
    private static final LocalDate IN_USE_FROM = LocalDate.of(2026, 3, 20);
    private static final LocalDate WITHDRAWN_ON = LocalDate.of(2026, 6, 10);
    private static final InHouseDeviceDescription DESCRIPTION = new InHouseDeviceDescription("Handortos", "2",
            DeviceKind.MD, "Avlastning av handleden", "Vuxna", DeviceClass.MDR_I, "Regel 1", "Icke-invasiv",
            null, "Ortopedtekniska verkstaden", "LS-QMS-4", "RM-12", "DOK-7", 40);
    private static int databases;

    private DeclarationProjection projection;
    private DeclarationQueries declaration;
    private long sequence;

    @BeforeEach
    void setUp() {
        var database = mongo.database("declaration-" + (++databases));
        projection = new DeclarationProjection(database);
        declaration = new DeclarationQueries(database,
                new RegisterProperties(null, null, null, null, null, null, null), Clock.system(ZONE));
    }

    /** Ten in the morning, Swedish time, of {@code day}: the event's timestamp. */
    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZONE).toInstant();
    }

    /** Proposed, described and checked on the first day; in use from the second. */
    private void inUse() {
        projection.on(new InHouseDeviceProposed(ID, "Handortos", DeviceKind.MD, "Avlastning", null, PROPOSED_ON),
                sequence++, at(PROPOSED_ON));
        projection.on(new InHouseDeviceDescribed(ID, DESCRIPTION), sequence++, at(PROPOSED_ON));
        projection.on(new GsprChecklistRecorded(ID, List.of(new GsprEntry("1", GsprAnswer.MET, null),
                new GsprEntry("10", GsprAnswer.NOT_MET, "Kort användning"))), sequence++, at(PROPOSED_ON));
        projection.on(new InHouseDeviceTakenIntoUse(ID, 1, IN_USE_FROM), sequence++, at(IN_USE_FROM));
    }

    @Test
    void eachDayShowsTheVersionThatWasPublicAtItsEnd() {
        inUse();
        projection.on(new InHouseDeviceWithdrawn(ID, InHouseDeviceStatus.IN_USE, WITHDRAWN_ON, "Ersätts",
                "Byte vid nästa besök", null), sequence++, at(WITHDRAWN_ON));

        DeclarationView before = declaration.on(IN_USE_FROM.minusDays(1));
        assertThat(before.version()).isZero();
        assertThat(before.devices()).isEmpty();

        DeclarationView inUse = declaration.on(IN_USE_FROM);
        assertThat(inUse.version()).isEqualTo(1);
        assertThat(inUse.validFrom()).isEqualTo(at(IN_USE_FROM));
        assertThat(inUse.validTo()).isEqualTo(at(WITHDRAWN_ON));
        assertThat(inUse.devices()).singleElement().satisfies(d -> {
            assertThat(d.deviceId()).isEqualTo(ID);
            assertThat(d.name()).isEqualTo("Handortos");
            assertThat(d.riskClass()).isEqualTo(DeviceClass.MDR_I);
            assertThat(d.notFullyMet()).containsExactly(new UnmetRequirement("10", "Kort användning"));
        });
        assertThat(declaration.on(WITHDRAWN_ON.minusDays(1))).isEqualTo(inUse);

        DeclarationView withdrawn = declaration.on(WITHDRAWN_ON);
        assertThat(withdrawn.version()).isEqualTo(2);
        assertThat(withdrawn.validFrom()).isEqualTo(at(WITHDRAWN_ON));
        assertThat(withdrawn.devices()).isEmpty();
        assertThat(declaration.current()).isEqualTo(withdrawn);
        assertThat(declaration.history().versions()).containsExactly(
                new DeclarationHistory.Version(1, at(IN_USE_FROM), at(WITHDRAWN_ON), List.of(ID)),
                new DeclarationHistory.Version(2, at(WITHDRAWN_ON), null, List.of()));
    }

    @Test
    void anEventThatTouchesNoDeclaredFieldMakesNoNewVersion() {
        inUse();
        LocalDate later = IN_USE_FROM.plusDays(5);
        // Another site and QMS reference, and a further requirement met: nothing the declaration shows.
        projection.on(new InHouseDeviceDescribed(ID, new InHouseDeviceDescription("Handortos", "2", DeviceKind.MD,
                "Avlastning av handleden", "Vuxna och barn", DeviceClass.MDR_I, "Regel 1", "Icke-invasiv", null,
                "Verkstaden i Sveg", "LS-QMS-5", "RM-13", "DOK-8", 60)), sequence++, at(later));
        projection.on(new GsprChecklistRecorded(ID, List.of(new GsprEntry("2", GsprAnswer.MET, null))), sequence++,
                at(later));
        assertThat(declaration.history().versions()).hasSize(1);
        assertThat(declaration.current().validTo()).isNull();

        // A declared field (the intended purpose) does.
        projection.on(new InHouseDeviceDescribed(ID, new InHouseDeviceDescription("Handortos", "2", DeviceKind.MD,
                "Avlastning av handleden efter fraktur", "Vuxna", DeviceClass.MDR_I, "Regel 1", "Icke-invasiv", null,
                null, null, null, null, null)), sequence++, at(later.plusDays(1)));
        assertThat(declaration.history().versions()).hasSize(2);
        assertThat(declaration.on(later).devices().get(0).intendedPurpose()).isEqualTo("Avlastning av handleden");
        assertThat(declaration.current().devices().get(0).intendedPurpose())
                .isEqualTo("Avlastning av handleden efter fraktur");
    }
}
