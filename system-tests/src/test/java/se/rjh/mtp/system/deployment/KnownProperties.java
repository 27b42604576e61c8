package se.rjh.mtp.system.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The property names a service can read, in the form an environment variable takes under Spring Boot's relaxed
 * binding: dots become underscores, and a dash is either dropped or (Spring's legacy form, which the binder also
 * looks up) an underscore, so {@code mtp.kafka.bootstrap-servers} is {@code MTP_KAFKA_BOOTSTRAPSERVERS} or
 * {@code MTP_KAFKA_BOOTSTRAP_SERVERS}. Gathered from what the
 * running service actually binds: the configuration metadata of every library on the service's class path (Spring
 * Boot, Axon, the Kafka extension, springdoc), the platform's and the service's own {@code @ConfigurationProperties}
 * records, and every key the platform defaults and the service's own yml set. Properties of map type (for example
 * {@code axon.eventhandling.processors}) accept any key below them.
 */
final class KnownProperties {

    private final Set<String> exact = new TreeSet<>();
    private final Set<String> mapPrefixes = new TreeSet<>();

    static List<String> envForms(String property) {
        String uniform = property.replace('.', '_').replace("[", "_").replace("]", "").toUpperCase(Locale.ROOT);
        return List.of(uniform.replace("-", ""), uniform.replace('-', '_'));
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    static KnownProperties fromClassPath() {
        KnownProperties known = new KnownProperties();
        known.addMetadata("META-INF/spring-configuration-metadata.json");
        known.addMetadata("META-INF/additional-spring-configuration-metadata.json");
        known.addConfigurationPropertiesRecords("se.rjh.mtp");
        return known;
    }

    void addAll(PropertySource<?> source) {
        if (source instanceof EnumerablePropertySource<?> enumerable) {
            for (String name : enumerable.getPropertyNames()) {
                exact.addAll(envForms(name));
            }
        }
    }

    void addAll(List<PropertySource<?>> sources) {
        sources.forEach(this::addAll);
    }

    boolean reads(String environmentVariable) {
        if (exact.contains(environmentVariable)) {
            return true;
        }
        return mapPrefixes.stream().anyMatch(prefix -> environmentVariable.startsWith(prefix + "_"));
    }

    private void addMetadata(String resource) {
        ObjectMapper json = new ObjectMapper();
        try {
            Enumeration<URL> files = getClass().getClassLoader().getResources(resource);
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    JsonNode root = json.readTree(in);
                    for (JsonNode property : root.path("properties")) {
                        String name = property.path("name").asText();
                        exact.addAll(envForms(name));
                        if (property.path("type").asText().startsWith("java.util.Map")) {
                            mapPrefixes.addAll(envForms(name));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Our own properties classes carry no generated metadata, so their record components are read directly. */
    private void addConfigurationPropertiesRecords(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader());
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    exact.addAll(envForms(prefix + "." + kebab(component.getName())));
                }
            }
        }
    }
}
