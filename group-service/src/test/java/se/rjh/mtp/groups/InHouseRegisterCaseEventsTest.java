package se.rjh.mtp.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.groups.GroupServiceHttpTest.awaitJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.cases.DeviceMarking;
import se.rjh.mtp.api.cases.IncidentDetailsRecorded;
import se.rjh.mtp.api.devices.InHouseDeviceNumberAllocated;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The register's reactions to case-service's events on the running service, case-service simulated by publishing
 * its events on mtp.cases.events: an incident is linked by the register id it names, never by a device's name; an id
 * the register does not know is skipped and the consumer goes on; a decided case of another type proposes nothing,
 * and a device is linked by hand only to a decided in-house manufacturing case. Each test publishes on one key (one
 * partition, so in order) and awaits the effect of its last event: everything before it has been handled then.
 */
class InHouseRegisterCaseEventsTest {

    private static final AtomicInteger CASE_NUMBERS = new AtomicInteger(9000);

    static RunningGroupService running;
    static TestHttp.Api http;

    @BeforeAll
    static void start() {
        running = RunningGroupService.get();
        http = running.http;
        GroupServiceHttpTest.start();
    }

    @Test
    void anIncidentIsLinkedByTheRegisterIdItNamesNeverByTheDevicesName() throws Exception {
        String name = "Ryggortos " + suffix();
        String key = UUID.randomUUID().toString();
        String inUse = awaitDevice(name, decided(key, registered(key, CaseType.IN_HOUSE_MANUFACTURING, name,
                DeviceClass.MDR_I), CaseType.IN_HOUSE_MANUFACTURING));
        releaseAndTakeIntoUse(inUse, name);
        String due = http.get("/api/devices/" + inUse, "revisor").json().path("nextReviewDue").asText();
        assertThat(due).isEqualTo(today().plusMonths(12).toString());
        String marker = propose("Markör " + name);

        // The device of the register by name only, then an id the register has not given, then the marker by id.
        incident(key, name, null);
        incident(key, name, "EGT-999999999");
        String byId = incident(key, name, marker);

        JsonNode linked = awaitJson("/api/devices/" + marker, "revisor", d -> d.path("incidents").size() == 1);
        assertThat(linked.path("incidents").get(0).path("caseId").asText()).isEqualTo(byId);
        JsonNode sameName = http.get("/api/devices/" + inUse, "revisor").json();
        assertThat(sameName.path("incidents")).isEmpty();
        assertThat(sameName.path("nextReviewDue").asText()).as("no early review").isEqualTo(due);
        assertThat(http.get("/api/devices/EGT-999999999", "revisor").status()).isEqualTo(404);
    }

    @Test
    void onlyADecidedInHouseManufacturingCaseProposesADeviceOrIsLinkedToOne() throws Exception {
        String suffix = suffix();
        String key = UUID.randomUUID().toString();
        String otherType = registered(key, CaseType.INCIDENT_FOLLOW_UP, "Gipsskena " + suffix, DeviceClass.MDR_I);
        decided(key, otherType, CaseType.INCIDENT_FOLLOW_UP);
        String undecided = registered(key, CaseType.IN_HOUSE_MANUFACTURING, "Fotortos " + suffix, DeviceClass.MDR_I);
        // Last on the key: an IVDR class makes an IVD device.
        String ivdName = "Snabbtest " + suffix;
        String inHouse = decided(key, registered(key, CaseType.IN_HOUSE_MANUFACTURING, ivdName, DeviceClass.IVDR_C),
                CaseType.IN_HOUSE_MANUFACTURING);
        JsonNode ivd = http.get("/api/devices/" + awaitDevice(ivdName, inHouse), "revisor").json();
        assertThat(ivd.path("description").path("kind").asText()).isEqualTo("IVD");
        assertThat(ivd.path("linkedCase").path("caseId").asText()).isEqualTo(inHouse);
        assertThat(numbersTakenFor(otherType)).as("a decided case of another type proposes nothing").isZero();
        assertThat(numbersTakenFor(inHouse)).isEqualTo(1);

        String byHand = propose("Handledsortos " + suffix);
        for (String caseId : List.of(undecided, otherType)) {
            TestHttp.Response refused = http.put("/api/devices/" + byHand + "/case", "handlaggare",
                    "{\"caseId\": " + TestHttp.quote(caseId) + "}");
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().path("field").asText()).isEqualTo("caseId");
        }
        assertThat(http.get("/api/devices/" + byHand, "revisor").json().hasNonNull("linkedCase")).isFalse();
        assertThat(http.put("/api/devices/" + byHand + "/case", "handlaggare",
                "{\"caseId\": " + TestHttp.quote(inHouse) + "}").status()).isEqualTo(204);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static LocalDate today() {
        return LocalDate.now(running.clock);
    }

    private static Device device(String name, DeviceClass deviceClass) {
        return new Device(name, "Region Jämtland Härjedalen", "1", null, deviceClass, DeviceMarking.IN_HOUSE);
    }

    /** A case of this type registered with its device; answers its id. */
    private static String registered(String key, CaseType type, String deviceName, DeviceClass deviceClass)
            throws Exception {
        String caseId = UUID.randomUUID().toString();
        publish(key, new CaseRegistered(caseId, caseNumber(caseId), type, "Egentillverkning",
                device(deviceName, deviceClass), null, today(), today()));
        return caseId;
    }

    private static String decided(String key, String caseId, CaseType type) throws Exception {
        publish(key, new CaseDecided(caseId, caseNumber(caseId), type, "Beslut", DecisionBody.LSG, today(), List.of(),
                null));
        return caseId;
    }

    /** An incident case naming a device of this name and, if given, a register id; answers the case id. */
    private static String incident(String key, String deviceName, String inHouseDeviceId) throws Exception {
        String caseId = registered(key, CaseType.INCIDENT_FOLLOW_UP, deviceName, DeviceClass.MDR_I);
        publish(key, new IncidentDetailsRecorded(caseId, today(), device(deviceName, DeviceClass.MDR_I), null, null,
                today(), true, inHouseDeviceId));
        return caseId;
    }

    private static String caseNumber(String caseId) {
        return "MTP/" + CASE_NUMBERS.incrementAndGet() + "/2026";
    }

    private static void publish(String key, Object event) throws Exception {
        running.kafka.send(CaseDecisionProcessTest.record(event, key));
    }

    /** The device the decided case proposed, found by its name once the register list shows it. */
    private static String awaitDevice(String name, String caseId) {
        JsonNode items = awaitJson("/api/devices?q=" + name.replace(" ", "+"), "revisor",
                list -> list.path("items").size() == 1).path("items");
        String id = items.get(0).path("id").asText();
        assertThat(http.get("/api/devices/" + id, "revisor").json().path("linkedCase").path("caseId").asText())
                .isEqualTo(caseId);
        return id;
    }

    private static String propose(String name) {
        TestHttp.Response created = http.post("/api/devices", "handlaggare",
                "{\"name\": " + TestHttp.quote(name) + ", \"kind\": \"MD\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    /** Everything a release needs, as the configured rules ask for it; released and taken into use. */
    private static void releaseAndTakeIntoUse(String id, String name) {
        String device = "/api/devices/" + id;
        JsonNode rules = http.get("/api/devices/rules", "handlaggare").json();
        List<String> entries = new ArrayList<>();
        rules.path("mdGsprRequirements").forEach(r -> entries.add("{\"requirement\": " + r + ", \"answer\": \"MET\"}"));
        ok(http.put(device + "/description", "handlaggare", "{\"name\": " + TestHttp.quote(name)
                + ", \"kind\": \"MD\", \"riskClass\": \"MDR_I\", \"intendedPurpose\": \"Avlastning\"}"));
        ok(http.post(device + "/development", "handlaggare"));
        ok(http.put(device + "/market-search", "handlaggare", "{\"nonEquivalenceJustification\": \"Ingen passar\", "
                + "\"searchedOn\": \"" + today() + "\", \"equivalentDeviceFound\": false, \"result\": \"Sökt\"}"));
        ok(http.put(device + "/gspr", "handlaggare", "{\"entries\": [" + String.join(", ", entries) + "]}"));
        ok(http.put(device + "/ivo-information", "handlaggare", "{\"informedOn\": \"" + today()
                + "\", \"reference\": \"IVO-1\", \"contentIncluded\": " + rules.path("ivoRequiredContent") + "}"));
        ok(http.post(device + "/release", "ordforande"));
        ok(http.post(device + "/in-use", "handlaggare"));
    }

    /** How many register numbers the number series took for this case (its request key). */
    private static long numbersTakenFor(String caseId) {
        return running.context.getBean(EventStore.class).readEvents("EGT", 0).asStream()
                .map(event -> event.getPayload())
                .filter(p -> p instanceof InHouseDeviceNumberAllocated a && caseId.equals(a.requestKey()))
                .count();
    }

    private static void ok(TestHttp.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
    }
}
