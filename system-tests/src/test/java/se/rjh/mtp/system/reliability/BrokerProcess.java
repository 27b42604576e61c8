package se.rjh.mtp.system.reliability;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.local.EmbeddedKafka;

/**
 * The embedded KRaft broker alone in a JVM ({@link ChildProcess}), so that a test can kill it with SIGKILL and
 * start it again on the same ports and log directory. Arguments: log directory, port, controller port. Creates
 * the event topics when they are missing (the first start), then runs until killed.
 */
final class BrokerProcess {

    public static void main(String[] args) throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            admin.createTopics(EmbeddedInfrastructure.EVENT_TOPICS.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, 3, (short) 1)).toList()).all().get(60, TimeUnit.SECONDS);
        }
        Thread.currentThread().join();
    }

    private BrokerProcess() {
    }
}
