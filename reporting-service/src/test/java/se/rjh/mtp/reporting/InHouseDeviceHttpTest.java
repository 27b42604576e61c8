package se.rjh.mtp.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.rjh.mtp.api.reporting.view.InHouseDevicesReport;
import se.rjh.mtp.api.reporting.view.Worklist;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The register of in-house devices through Kafka and the live consumer on the started service: the panel, the work
 * list, a device's audit trail (JSON and CSV) and the register's link in an incident case's trail.
 */
@ExtendWith(TestSystemExtension.class)
class InHouseDeviceHttpTest {

    private static final ObjectMapper CLIENT_JSON = new ObjectMapper().findAndRegisterModules();
    private static TestSystem system;
    private static DeviceScenario scenario;

    @BeforeAll
    static void publishRegister(TestSystem shared) {
        system = shared;
        LocalDate today = LocalDate.now(system.context.getBean(Clock.class));
        scenario = new DeviceScenario(new EventFactory(system.serializer), today,
                Instant.now().minus(Duration.ofHours(2)), "reg");
        system.publish(scenario.events);
        system.awaitApplied();
    }

    private static TestHttp.Response trail(String deviceId) {
        return TestHttp.get(system.baseUrl() + "/api/audit/devices/" + deviceId, "revisor");
    }

    /** A reminder mail (mtp-api's common {@code NotificationSent}) is part of the device's chain in group-service's. */
    @Test
    void groupServicesChainsHoldTheDevicesReminderMail() {
        JsonNode services = TestHttp.get(system.baseUrl() + "/api/audit/verify/services", "revisor").json();
        JsonNode group = StreamSupport.stream(services.get("services").spliterator(), false)
                .filter(s -> s.get("service").asText().equals("group-service")).findFirst().orElseThrow()
                .get("report");
        assertThat(group.get("breaks")).as(group.toString()).isEmpty();
        assertThat(group.get("eventsChecked").asLong()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void aDevicesTrailHoldsItsNumberItsEventsItsRemindersAndTheIncidentThatNamedIt() {
        JsonNode trail = trail("EGT-1").json();
        assertThat(trail.get("deviceId").asText()).isEqualTo("EGT-1");
        List<String> types = new ArrayList<>();
        trail.get("entries").forEach(e -> types.add(e.get("eventType").asText()));
        assertThat(types).containsExactly("InHouseDeviceNumberAllocated", "InHouseDeviceProposed",
                "InHouseDeviceDescribed", "InHouseDeviceCaseLinked", "MarketSearchRecorded",
                "InHouseDeviceDevelopmentStarted", "InHouseDeviceReleased", "InHouseDeviceTakenIntoUse",
                "MarketSearchOverdue", "NotificationSent", "IncidentDetailsRecorded", "IncidentLinkedToInHouseDevice",
                "IncidentLinkedToInHouseDevice");
        JsonNode proposed = trail.get("entries").get(1);
        assertThat(proposed.get("service").asText()).isEqualTo("group-service");
        assertThat(proposed.get("aggregateType").asText()).isEqualTo(DeviceScenario.DEVICE);
        assertThat(proposed.get("actor").asText()).isEqualTo("ordforande");
        assertThat(proposed.get("data").get("name").asText()).isEqualTo("Skena");
        assertThat(trail.get("entries").get(10).get("aggregateId").asText()).isEqualTo(scenario.incidentCaseId);

        String csv = TestHttp.get(system.baseUrl() + "/api/audit/devices/EGT-1?format=csv", "revisor").body();
        assertThat(csv.split("\r\n")).hasSize(14);
        assertThat(csv).startsWith("timestamp,service,aggregateType,aggregateId,sequence,eventType");

        assertThat(TestHttp.get(system.baseUrl() + "/api/audit/devices/EGT-1", "handlaggare").status())
                .isEqualTo(403);
        assertThat(trail("EGT-999").status()).isEqualTo(404);
        TestHttp.Response notAnId = trail("ortos");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.json().get("field").asText()).isEqualTo("id");
    }

    @Test
    void anIncidentCasesTrailHoldsTheRegistersLinkButNotTheDevicesHistory() {
        JsonNode entries = TestHttp.get(system.baseUrl() + "/api/audit/cases/" + scenario.incidentCaseId, "revisor")
                .json().get("entries");
        assertThat(StreamSupport.stream(entries.spliterator(), false).map(e -> e.get("eventType").asText()))
                .containsExactly("CaseReceived", "IncidentDetailsRecorded", "IncidentLinkedToInHouseDevice");
    }

    @Test
    void thePanelAndTheWorkListShowTheRegister() throws Exception {
        JsonNode panel = TestHttp.get(system.baseUrl() + "/api/reports/in-house-devices", "lag").json();
        assertThat(panel.get("total").asInt()).isEqualTo(5);
        assertThat(panel.get("perStatus").get("IN_USE").asInt()).isEqualTo(1);
        assertThat(panel.get("reviewsOverdue").asLong()).isEqualTo(1);
        assertThat(panel.get("incidentsPerDevice").get("EGT-1").asInt()).isEqualTo(2);
        assertThat(panel.get("devices").get(0).get("riskClass").asText()).isEqualTo("MDR_I");
        // The dashboard's figures may be up to a second old (DashboardFigures.MAX_AGE).
        Await.value("the same register on the dashboard", Await.DEFAULT,
                () -> TestHttp.get(system.baseUrl() + "/api/reports/dashboard", "lag").json().get("inHouseDevices"),
                panel::equals);

        // Read as the portal reads them: into the mtp-api records.
        InHouseDevicesReport typed = CLIENT_JSON.readValue(TestHttp.get(system.baseUrl()
                + "/api/reports/in-house-devices", "lag").body(), InHouseDevicesReport.class);
        assertThat(typed.devices().get(0).nextMarketSearchDue()).isEqualTo(scenario.today().minusDays(17));
        Worklist officer = CLIENT_JSON.readValue(TestHttp.get(system.baseUrl() + "/api/worklist", "handlaggare")
                .body(), Worklist.class);
        assertThat(officer.items()).filteredOn(i -> i.deviceId() != null)
                .extracting(i -> i.kind() + " " + i.deviceId() + " " + i.overdue())
                .containsExactly("MARKET_SEARCH_DUE EGT-1 true", "IN_HOUSE_DEVICE_REVIEW_DUE EGT-2 true",
                        "IN_HOUSE_DEVICE_REVIEW_DUE EGT-1 false");
        assertThat(TestHttp.get(system.baseUrl() + "/api/worklist", "registrator").json().get("items").findValues(
                "deviceId").stream().filter(d -> !d.isNull()).toList()).isEmpty();
    }
}
