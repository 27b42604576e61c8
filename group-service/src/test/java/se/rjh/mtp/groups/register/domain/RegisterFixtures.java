package se.rjh.mtp.groups.register.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.GsprAnswer;
import se.rjh.mtp.api.devices.GsprChecklistRecorded;
import se.rjh.mtp.api.devices.GsprEntry;
import se.rjh.mtp.api.devices.InHouseDeviceCaseLinked;
import se.rjh.mtp.api.devices.InHouseDeviceDescribed;
import se.rjh.mtp.api.devices.InHouseDeviceDescription;
import se.rjh.mtp.api.devices.InHouseDeviceDevelopmentStarted;
import se.rjh.mtp.api.devices.InHouseDeviceProposed;
import se.rjh.mtp.api.devices.InHouseDeviceReleased;
import se.rjh.mtp.api.devices.InHouseDeviceTakenIntoUse;
import se.rjh.mtp.api.devices.IvoInformationRecorded;
import se.rjh.mtp.api.devices.MarketSearchRecorded;
import se.rjh.mtp.api.devices.ReviewIntervalChanged;

/** A device at each step of its life, and the configuration the tests run with. */
final class RegisterFixtures {

    static final String ID = "EGT-1";
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final LocalDate RELEASED_ON = DAY.plusDays(10);
    static final String UNIT = "unit-ortopedi";
    static final String CONTENT_NAME = "Produktens namn och version";
    static final String CONTENT_PURPOSE = "Avsett ändamål";

    /**
     * Two MDR and two IVDR sections, one of each only in its own list, keep the checklists short; incidents make the
     * review due in 14 days.
     */
    static final RegisterPolicy POLICY = new RegisterPolicy() {
        @Override
        public Period reviewInterval() {
            return Period.ofMonths(12);
        }

        @Override
        public Period earlyReviewPeriod() {
            return Period.ofDays(14);
        }

        @Override
        public Period marketSearchInterval() {
            return Period.ofMonths(6);
        }

        @Override
        public List<String> gsprRequirements(DeviceKind kind) {
            return kind == DeviceKind.MD ? List.of("1", "10.4") : List.of("1", "20.1");
        }

        @Override
        public List<String> ivoRequiredContent() {
            return List.of(CONTENT_NAME, CONTENT_PURPOSE);
        }
    };

    static final ResponsibleUnits UNITS = unitId -> UNIT.equals(unitId) ? Optional.of("Ortopedkliniken")
            : Optional.empty();

    static final InHouseDeviceDescription DESCRIPTION = new InHouseDeviceDescription("Handortos", "2.0",
            DeviceKind.MD, "Avlastning av handleden efter fraktur", "Vuxna med distal radiusfraktur",
            DeviceClass.MDR_I, "Regel 1", "Icke-invasiv", UNIT, "Ortopedtekniska verkstaden", "LS-QMS-4",
            "RM-12", "DOK-7", 40);
    static final InHouseDeviceProposed PROPOSED = new InHouseDeviceProposed(ID, "Handortos", DeviceKind.MD,
            "Avlastning", UNIT, DAY);
    static final ReviewIntervalChanged DEFAULT_INTERVAL = new ReviewIntervalChanged(ID, "P12M", null);
    static final InHouseDeviceCaseLinked CASE_LINKED = new InHouseDeviceCaseLinked(ID, "case-1", "MTP/4/2026", DAY);
    static final InHouseDeviceDevelopmentStarted DEVELOPING = new InHouseDeviceDevelopmentStarted(ID, DAY);
    static final InHouseDeviceDescribed DESCRIBED = new InHouseDeviceDescribed(ID, DESCRIPTION);
    static final MarketSearchRecorded SEARCHED = new MarketSearchRecorded(ID, "Ingen CE-märkt ortos passar",
            DAY, false, "Sökt hos tre leverantörer", DAY.plusMonths(6));
    static final GsprChecklistRecorded GSPR_ANSWERED = new GsprChecklistRecorded(ID, List.of(
            new GsprEntry("1", GsprAnswer.MET, null),
            new GsprEntry("10.4", GsprAnswer.NOT_MET, "Materialet saknar full dokumentation; kort användning")));
    static final IvoInformationRecorded IVO_INFORMED = new IvoInformationRecorded(ID, DAY, "IVO 3.1-1234/2026",
            List.of(CONTENT_NAME, CONTENT_PURPOSE));
    static final InHouseDeviceReleased RELEASED = new InHouseDeviceReleased(ID, 1, "case-1", RELEASED_ON,
            RELEASED_ON.plusMonths(12));
    static final InHouseDeviceTakenIntoUse TAKEN_INTO_USE = new InHouseDeviceTakenIntoUse(ID, 1, RELEASED_ON);

    private RegisterFixtures() {
    }

    static Object[] proposed(Object... then) {
        return concat(new Object[] {PROPOSED, DEFAULT_INTERVAL}, then);
    }

    /** Under development with everything a release needs. */
    static Object[] readyForRelease(Object... then) {
        return concat(proposed(CASE_LINKED, DEVELOPING, DESCRIBED, SEARCHED, GSPR_ANSWERED, IVO_INFORMED), then);
    }

    static Object[] inUse(Object... then) {
        return concat(readyForRelease(RELEASED, TAKEN_INTO_USE), then);
    }

    private static Object[] concat(Object[] first, Object[] then) {
        Object[] all = new Object[first.length + then.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(then, 0, all, first.length, then.length);
        return all;
    }
}
