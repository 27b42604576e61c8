package se.rjh.mtp.system;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Gives one of several instances of a service in this JVM a node id of its own ({@link #arg}). A claim in the token
 * store names its owner by node id, by default {@code pid@host}: one per container in production, but the same for
 * two instances in one JVM, which would then each take the other's claim as their own. The same token store as the
 * platform's otherwise.
 */
@Configuration(proxyBeanMethods = false)
public class InstanceTokenStore {

    /** Names the instance; also what its test-only beans can tell it by. */
    public static final String PROPERTY = "system-test.instance";

    /** The Spring Boot argument that names the instance. */
    public static String arg(String instance) {
        return "--" + PROPERTY + "=" + instance;
    }

    @Bean
    @Primary
    TokenStore tokenStoreWithInstanceNodeId(MongoTemplate template, @Qualifier("serializer") Serializer serializer,
                                  @Value("${mtp.service-name:mtp}") String service,
                                  @Value("${" + PROPERTY + "}") String instance) {
        return MongoTokenStore.builder().mongoTemplate(template).serializer(serializer)
                .nodeId(service + "-" + instance).build();
    }
}
