package se.rjh.mtp.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Kafka, MongoDB-wire server and SMTP server (GreenMail) together, with the event topics created.
 *
 * @param mail the SMTP server every service sends its notifications to; a test reads the received mails here
 */
public record EmbeddedInfrastructure(EmbeddedKafka kafka, EmbeddedMongo mongo, EmbeddedMail mail)
        implements AutoCloseable {

    /** The three event topics; kept for ever, three partitions each, keyed by aggregate id. */
    public static final List<String> EVENT_TOPICS = List.of("mtp.cases.events", "mtp.groups.events", "mtp.guidelines.events");

    /** For tests: random free ports, a throw-away Kafka log directory, an in-memory MongoDB. */
    public static EmbeddedInfrastructure startForTests() {
        try {
            Path kafkaDir = Files.createTempDirectory("mtp-kafka");
            return start(kafkaDir, freePort(), freePort(), null, freePort(), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For tests that restart the store: like {@link #startForTests()} but MongoDB on a file that survives a stop. */
    public static EmbeddedInfrastructure startForTestsWithFileStore() {
        try {
            Path dir = Files.createTempDirectory("mtp-infra");
            return start(dir.resolve("kafka"), freePort(), freePort(), dir.resolve("mongo.mv"), freePort(), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** With the SMTP server on a free port. */
    public static EmbeddedInfrastructure start(Path kafkaLogDir, int kafkaPort, int controllerPort,
                                               Path mongoFile, int mongoPort) {
        return start(kafkaLogDir, kafkaPort, controllerPort, mongoFile, mongoPort, freePort());
    }

    public static EmbeddedInfrastructure start(Path kafkaLogDir, int kafkaPort, int controllerPort,
                                               Path mongoFile, int mongoPort, int smtpPort) {
        EmbeddedMongo mongo = EmbeddedMongo.start(mongoFile, mongoPort);
        EmbeddedKafka kafka;
        EmbeddedMail mail;
        try {
            mail = EmbeddedMail.start(smtpPort);
            try {
                kafka = EmbeddedKafka.start(kafkaLogDir, kafkaPort, controllerPort);
            } catch (RuntimeException e) {
                mail.close();
                throw e;
            }
        } catch (RuntimeException e) {
            mongo.close();
            throw e;
        }
        EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure(kafka, mongo, mail);
        infrastructure.createTopics(EVENT_TOPICS);
        return infrastructure;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoUri() {
        return mongo.uri();
    }

    /** The properties a service needs to use this infrastructure: nothing but ordinary connection settings. */
    public Map<String, Object> serviceProperties() {
        return Map.of("mtp.kafka.bootstrap-servers", kafkaBootstrapServers(), "mtp.mongo.uri", mongoUri(),
                "spring.mail.host", "127.0.0.1", "spring.mail.port", mail.smtpPort());
    }

    public void createTopics(Collection<String> topics) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers());
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, 3, (short) 1).configs(Map.of("retention.ms", "-1", "retention.bytes", "-1")))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
                awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topics " + topics, e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not create topics " + topics, e);
        }
    }

    /**
     * Waits until the broker's own metadata names a leader for every partition of the new topics. The controller has
     * committed a topic before the broker serves it; a first send in between is refused (NOT_LEADER_OR_FOLLOWER), and
     * an idempotent producer can then stay stuck on OUT_OF_ORDER_SEQUENCE_NUMBER until its send times out.
     */
    private static void awaitLeaders(Admin admin, List<String> topics) throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            boolean ready;
            try {
                ready = admin.describeTopics(topics).allTopicNames().get(60, TimeUnit.SECONDS).values().stream()
                        .flatMap(topic -> topic.partitions().stream())
                        .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
            } catch (ExecutionException e) {
                // The broker has not heard of the topic yet.
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
                ready = false;
            }
            if (ready) {
                return;
            }
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("No leader for every partition of " + topics + " after 60 s");
            }
            Thread.sleep(20);
        }
    }

    /** A port nothing listens on and no outgoing connection will take ({@link FreePorts}). */
    public static int freePort() {
        return FreePorts.next();
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            try {
                mongo.close();
            } finally {
                mail.close();
            }
        }
    }
}
