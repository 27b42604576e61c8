package se.rjh.mtp.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Every driver wait is bounded by {@code mtp.mongo.*}, read back from the settings the client is built with. */
class MongoClientTimeoutsTest {

    private static MongoClientSettings settings(Map<String, String> properties) {
        EventStoreProperties bound = new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("mtp.mongo", EventStoreProperties.class);
        return EventStoreConfiguration.clientSettings(bound);
    }

    private static void assertWaits(MongoClientSettings settings, int connect, int read, int serverSelection,
                                    int writeConcern) {
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(connect);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(read);
        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(serverSelection);
        assertThat(settings.getWriteConcern().getWString()).isEqualTo("majority");
        assertThat(settings.getWriteConcern().getWTimeout(TimeUnit.MILLISECONDS)).isEqualTo(writeConcern);
    }

    @Test
    void theDefaultsBoundEveryWait() {
        assertWaits(settings(Map.of("mtp.mongo.uri", "mongodb://127.0.0.1:27017", "mtp.mongo.database", "mtp-test")),
                5_000, 20_000, 5_000, 10_000);
    }

    @Test
    void eachIsSetByItsPropertyAndWinsOverTheSameOptionInTheUri() {
        MongoClientSettings settings = settings(Map.of(
                "mtp.mongo.uri", "mongodb://127.0.0.1:27017/?connectTimeoutMS=1&socketTimeoutMS=1"
                                 + "&serverSelectionTimeoutMS=1&w=1&wtimeoutMS=1",
                "mtp.mongo.database", "mtp-test",
                "mtp.mongo.connect-timeout", "3s",
                "mtp.mongo.socket-timeout", "45s",
                "mtp.mongo.server-selection-timeout", "7s",
                "mtp.mongo.write-concern-timeout", "2500ms"));

        assertWaits(settings, 3_000, 45_000, 7_000, 2_500);
    }
}
