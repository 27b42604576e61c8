package se.rjh.mtp.groups;

import java.time.Instant;
import org.springframework.context.ConfigurableApplicationContext;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.platform.time.TimeProperties;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.MutableClock;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * One group-service on the embedded infrastructure, shared by this module's HTTP-level test classes (they run in
 * one JVM), so the slow start happens once. Stopped when the test JVM exits. Its clock starts at the real now and
 * stands still; a test that moves it puts it back when done, so the other classes see today.
 */
final class RunningGroupService {

    private static RunningGroupService instance;

    final EmbeddedInfrastructure infra;
    final ConfigurableApplicationContext context;
    final TestHttp.Api http;
    final KafkaTopics kafka;
    final MutableClock clock = new MutableClock(Instant.now(), TimeProperties.DEFAULT_ZONE);

    private RunningGroupService() {
        infra = EmbeddedInfrastructure.startForTests();
        StartedService service = StartedService.of(GroupServiceApplication.class, GroupServiceApplication.NAME)
                .on(infra).clock(clock).start();
        context = service.context();
        http = service.http();
        kafka = new KafkaTopics(infra.kafkaBootstrapServers());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> StartedService.closeAll(service, infra),
                "group-service-test-stop"));
    }

    static synchronized RunningGroupService get() {
        if (instance == null) {
            instance = new RunningGroupService();
        }
        return instance;
    }
}
