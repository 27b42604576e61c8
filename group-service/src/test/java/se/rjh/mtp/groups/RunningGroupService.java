package se.rjh.mtp.groups;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.platform.MtpApplication;

/**
 * One group-service on the embedded infrastructure, shared by this module's HTTP-level test classes (they run in
 * one JVM), so the slow start happens once. Stopped when the test JVM exits.
 */
final class RunningGroupService {

    private static RunningGroupService instance;

    final EmbeddedInfrastructure infra;
    final ConfigurableApplicationContext context;
    final Http http;
    final KafkaTopics kafka;

    private RunningGroupService() {
        infra = EmbeddedInfrastructure.startForTests();
        context = MtpApplication.builder(GroupServiceApplication.class, GroupServiceApplication.NAME).run(
                "--server.port=0", "--mtp.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--mtp.mongo.uri=" + infra.mongoUri());
        http = new Http("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort());
        kafka = new KafkaTopics(infra.kafkaBootstrapServers());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            infra.close();
        }, "group-service-test-stop"));
    }

    static synchronized RunningGroupService get() {
        if (instance == null) {
            instance = new RunningGroupService();
        }
        return instance;
    }
}
