package se.rjh.mtp.platform.eventstore;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsCommandListener;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsConnectionPoolListener;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.rjh.mtp.platform.ServiceProperties;

/**
 * The service's MongoDB connection, event store engine and event store, token store and snapshot trigger. The token
 * store is Axon's own Mongo token store: few documents, claimed by owner, so its scans on the embedded server stay
 * cheap.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EventStoreProperties.class, ServiceProperties.class})
public class EventStoreConfiguration {

    /**
     * With Micrometer's command and pool listeners, so an operator sees {@code mongodb.driver.commands} per command and
     * collection as with Spring Boot's own client. Added by hand: Boot's customizers would also apply its
     * {@code spring.data.mongodb} defaults over {@code mtp.mongo.uri}.
     */
    @Bean(destroyMethod = "close")
    public MongoClient mongoClient(EventStoreProperties properties, ObjectProvider<MeterRegistry> registry) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder(clientSettings(properties));
        registry.ifAvailable(meters -> settings
                .addCommandListener(new MongoMetricsCommandListener(meters))
                .applyToConnectionPoolSettings(pool -> pool.addConnectionPoolListener(
                        new MongoMetricsConnectionPoolListener(meters))));
        return MongoClients.create(settings.build());
    }

    /**
     * Every wait of the driver is bounded, so no thread (the event store's writer, a request, a processor) can block
     * for ever on a database that stopped answering. Applied after the URI: these settings are the one place.
     */
    static MongoClientSettings clientSettings(EventStoreProperties properties) {
        return MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(properties.uri()))
                // Acknowledged by a majority before a command counts as done; a single embedded server treats it as 1.
                .writeConcern(WriteConcern.MAJORITY.withWTimeout(
                        properties.writeConcernTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        properties.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket
                        .connectTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(properties.socketTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .build();
    }

    @Bean
    public MongoDatabase mongoDatabase(MongoClient client, EventStoreProperties properties) {
        return client.getDatabase(properties.database());
    }

    @Bean
    public MongoTemplate axonMongoTemplate(MongoDatabase database) {
        return DefaultMongoTemplate.builder().mongoDatabase(database).build();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(MongoDatabase database, EventStoreProperties properties,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 @Qualifier("snapshotSerializer") Serializer snapshotSerializer,
                                                 ObjectProvider<EventUpcaster> upcasters) {
        return MongoCommitEventStorageEngine.builder()
                .database(database)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .gapTimeout(properties.gapTimeout())
                .build();
    }

    /**
     * Axon's own event store over the engine, as its auto-configuration builds it, with a bounded cache of the newest
     * events ({@code mtp.mongo.cached-events}). A processor that falls further behind reads from the store, as after a
     * restart, so the bound costs memory only, never an event.
     */
    @Bean
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, EventStoreProperties properties,
                                         org.axonframework.config.Configuration configuration) {
        return embeddedEventStore(storageEngine, properties,
                                  configuration.messageMonitor(EventStore.class, "eventStore"),
                                  configuration.getComponent(EventBusSpanFactory.class));
    }

    static EmbeddedEventStore embeddedEventStore(EventStorageEngine storageEngine, EventStoreProperties properties,
                                                 MessageMonitor<? super EventMessage<?>> monitor,
                                                 EventBusSpanFactory spans) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .cachedEvents(properties.cachedEvents())
                .messageMonitor(monitor)
                .spanFactory(spans)
                .build();
    }

    @Bean
    public ChainVerifier chainVerifier(MongoDatabase database) {
        return new ChainVerifier(database);
    }

    @Bean
    public EventStoreAdminController eventStoreAdminController(ChainVerifier verifier, ServiceProperties service) {
        return new EventStoreAdminController(verifier, service.serviceName());
    }

    /** Axon's own default, named: another instance may take over a claim not written for this long. */
    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    /** A claim written within a fifth of the timeout is not extended again (see {@link FreshClaimTokenStore}). */
    @Bean
    public TokenStore tokenStore(MongoTemplate template, @Qualifier("serializer") Serializer serializer) {
        return new FreshClaimTokenStore(MongoTokenStore.builder().mongoTemplate(template).serializer(serializer)
                .claimTimeout(CLAIM_TIMEOUT).build(), CLAIM_TIMEOUT.dividedBy(5));
    }

    @Bean
    public SnapshotTriggerDefinition snapshotTrigger(Snapshotter snapshotter, EventStoreProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }
}
