package se.rjh.mtp.groups;

import org.springframework.context.ConfigurableApplicationContext;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * One group-service on the embedded infrastructure, shared by this module's HTTP-level test classes (they run in
 * one JVM), so the slow start happens once. Stopped when the test JVM exits.
 */
final class RunningGroupService {

    private static RunningGroupService instance;

    final EmbeddedInfrastructure infra;
    final ConfigurableApplicationContext context;
    final TestHttp.Api http;
    final KafkaTopics kafka;

    private RunningGroupService() {
        infra = EmbeddedInfrastructure.startForTests();
        StartedService service = StartedService.start(GroupServiceApplication.class, GroupServiceApplication.NAME, infra);
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
