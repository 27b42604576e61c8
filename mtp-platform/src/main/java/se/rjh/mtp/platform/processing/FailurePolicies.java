package se.rjh.mtp.platform.processing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import se.rjh.mtp.platform.messaging.KafkaConsumingConfiguration;

/**
 * The failure policy of every processing group, decided once from {@link ProcessingProperties}: a group's own
 * setting, else the default for its kind of source. The groups named here are those the service declares under
 * {@code axon.eventhandling.processors} plus any named under {@code mtp.processing.groups}; any other group gets the
 * default for the service's own events. The Kafka publisher is the exception: it always retries
 * ({@link OnFailure#PROPAGATE}), since Kafka must receive the store's events in order and none may be parked.
 */
public final class FailurePolicies {

    /** The processing group of the outbound Kafka publisher (the outbox). */
    public static final String KAFKA_PUBLISHER = KafkaEventPublisher.DEFAULT_PROCESSING_GROUP;

    private final Map<String, OnFailure> byGroup;
    private final OnFailure unlisted;

    FailurePolicies(Map<String, OnFailure> byGroup, OnFailure unlisted) {
        Map<String, OnFailure> groups = new TreeMap<>(byGroup);
        OnFailure publisher = groups.put(KAFKA_PUBLISHER, OnFailure.PROPAGATE);
        if (publisher != null && publisher != OnFailure.PROPAGATE) {
            throw new IllegalStateException("mtp.processing.groups." + KAFKA_PUBLISHER + ".on-failure must be "
                    + "propagate: the Kafka publisher retries a failed event, it never skips or parks one");
        }
        this.byGroup = Collections.unmodifiableMap(groups);
        this.unlisted = unlisted;
    }

    public static FailurePolicies of(ProcessingProperties properties, Environment environment) {
        Map<String, OnFailure> byGroup = new LinkedHashMap<>();
        declaredProcessors(environment).forEach((group, source) -> byGroup.put(group,
                KafkaConsumingConfiguration.SOURCE_BEAN.equals(source)
                        ? properties.onFailure().kafkaSourced() : properties.onFailure().local()));
        properties.groups().forEach((group, settings) -> {
            if (settings != null && settings.onFailure() != null) {
                byGroup.put(group, settings.onFailure());
            }
        });
        return new FailurePolicies(byGroup, properties.onFailure().local());
    }

    /** The policy of a group; groups the configuration does not name get the local default. */
    public OnFailure of(String group) {
        return byGroup.getOrDefault(group, unlisted);
    }

    /** Whether the group parks failed events in a dead-letter queue. */
    public boolean deadLetters(String group) {
        return of(group) == OnFailure.DEAD_LETTER;
    }

    /** The policy of groups that no property names. */
    public OnFailure unlisted() {
        return unlisted;
    }

    /** Every named group and its policy, the Kafka publisher included. */
    public Map<String, OnFailure> named() {
        return byGroup;
    }

    /** Processor name to its {@code source} setting ({@code null} for the event store). */
    private static Map<String, String> declaredProcessors(Environment environment) {
        Map<String, Object> processors = Binder.get(environment).bind("axon.eventhandling.processors",
                Bindable.mapOf(String.class, Object.class)).orElse(Map.of());
        Map<String, String> sources = new LinkedHashMap<>();
        processors.forEach((name, settings) -> sources.put(name,
                settings instanceof Map<?, ?> map && map.get("source") != null ? String.valueOf(map.get("source")) : null));
        return sources;
    }
}
