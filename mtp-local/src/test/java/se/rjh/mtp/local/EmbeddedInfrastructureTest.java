package se.rjh.mtp.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The local default keeps Kafka records, topics and MongoDB documents across a full stop and start, and is reachable
 * only from this machine.
 */
class EmbeddedInfrastructureTest {

    /** A temporary directory and free ports for the servers; started again on the same ones, they find their data. */
    private record Site(Path dir, int kafkaPort, int controllerPort, int mongoPort) {

        static Site fresh() throws IOException {
            return new Site(Files.createTempDirectory("mtp-local-test"), EmbeddedInfrastructure.freePort(),
                    EmbeddedInfrastructure.freePort(), EmbeddedInfrastructure.freePort());
        }

        /** With {@code mongoFile} null, MongoDB keeps its data in memory. */
        EmbeddedInfrastructure start(String mongoFile) {
            return EmbeddedInfrastructure.start(dir.resolve("kafka"), kafkaPort, controllerPort,
                    mongoFile == null ? null : dir.resolve(mongoFile), mongoPort);
        }
    }

    @Test
    void dataSurvivesRestartOfBothServers() throws Exception {
        Site site = Site.fresh();

        try (EmbeddedInfrastructure infra = site.start("mongo.mv")) {
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(infra))) {
                producer.send(new ProducerRecord<>("mtp.cases.events", "case-1", "received")).get();
            }
            try (MongoClient client = MongoClients.create(infra.mongoUri())) {
                client.getDatabase("t").getCollection("c").insertOne(new Document("_id", "kept"));
            }
        }

        try (EmbeddedInfrastructure infra = site.start("mongo.mv")) {
            assertThat(readAll(infra, "mtp.cases.events")).containsExactly("case-1=received");
            try (MongoClient client = MongoClients.create(infra.mongoUri())) {
                assertThat(client.getDatabase("t").getCollection("c").find(new Document("_id", "kept")).first()).isNotNull();
            }
        }
    }

    /** The demo users' passwords equal their names, so nothing local may be reachable from another machine. */
    @Test
    void kafkaAndMongoListenOnlyOnLoopback() throws Exception {
        Site site = Site.fresh();
        List<InetAddress> otherAddresses = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();

        try (EmbeddedInfrastructure infra = site.start(null)) {
            for (int port : List.of(site.kafkaPort(), site.controllerPort(), site.mongoPort())) {
                assertThat(accepts(InetAddress.getLoopbackAddress(), port)).as("loopback:" + port).isTrue();
                for (InetAddress other : otherAddresses) {
                    assertThat(accepts(other, port)).as(other.getHostAddress() + ":" + port).isFalse();
                }
            }
        }
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static Map<String, Object> producerConfig(EmbeddedInfrastructure infra) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    }

    private static List<String> readAll(EmbeddedInfrastructure infra, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.currentTimeMillis() + 15_000;
            while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.key() + "=" + record.value());
                }
            }
        }
        return values;
    }
}
