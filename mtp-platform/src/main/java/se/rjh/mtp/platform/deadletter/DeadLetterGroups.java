package se.rjh.mtp.platform.deadletter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import se.rjh.mtp.platform.messaging.KafkaConsumingConfiguration;

/**
 * Which processing groups get a dead-letter queue: every processor whose source is the Kafka source (events from
 * other services, where one bad event must not stop the rest), plus any named in {@code mtp.dead-letters.groups}.
 * {@code mtp.dead-letters.enabled=false} turns them all off.
 */
final class DeadLetterGroups {

    private DeadLetterGroups() {
    }

    static Set<String> of(Environment environment) {
        Binder binder = Binder.get(environment);
        if (!binder.bind("mtp.dead-letters.enabled", Boolean.class).orElse(true)) {
            return Set.of();
        }
        Set<String> groups = new TreeSet<>();
        Map<String, Map<String, Object>> processors = binder.bind("axon.eventhandling.processors",
                Bindable.mapOf(String.class, Object.class)).orElse(new LinkedHashMap<>()).entrySet().stream()
                .filter(e -> e.getValue() instanceof Map<?, ?>)
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), castMap(e.getValue())), Map::putAll);
        processors.forEach((name, settings) -> {
            if (KafkaConsumingConfiguration.SOURCE_BEAN.equals(String.valueOf(settings.get("source")))) {
                groups.add(name);
            }
        });
        groups.addAll(binder.bind("mtp.dead-letters.groups", String[].class).map(Set::of).orElse(Set.of()));
        return groups;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
