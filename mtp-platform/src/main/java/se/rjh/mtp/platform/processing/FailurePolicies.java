package se.rjh.mtp.platform.processing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import se.rjh.mtp.platform.messaging.KafkaConsumingConfiguration;

/**
 * The failure policy of every processing group, decided once from {@link ProcessingProperties}: a group's own
 * setting, else the default for its kind of source. The groups are those the service declares under
 * {@code axon.eventhandling.processors} plus any named under {@code mtp.processing.groups}.
 */
public final class FailurePolicies {

    private final Map<String, OnFailure> byGroup;
    private final OnFailure unlisted;

    FailurePolicies(Map<String, OnFailure> byGroup, OnFailure unlisted) {
        this.byGroup = Collections.unmodifiableMap(new TreeMap<>(byGroup));
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
        OnFailure local = properties.onFailure().local();
        return new FailurePolicies(byGroup, local == OnFailure.DEAD_LETTER ? OnFailure.PROPAGATE : local);
    }

    /** The policy of a group; groups the configuration does not name get the local default. */
    public OnFailure of(String group) {
        return byGroup.getOrDefault(group, unlisted);
    }

    /** The policy of groups that no property names. */
    public OnFailure unlisted() {
        return unlisted;
    }

    /** Every named group and its policy. */
    public Map<String, OnFailure> named() {
        return byGroup;
    }

    /** The groups that get a dead-letter queue. */
    public Set<String> deadLetterGroups() {
        Set<String> groups = new TreeSet<>();
        byGroup.forEach((group, policy) -> {
            if (policy == OnFailure.DEAD_LETTER) {
                groups.add(group);
            }
        });
        return groups;
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
