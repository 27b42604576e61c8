package se.rjh.mtp.guidelines.library;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.rjh.mtp.platform.web.VersionedResource;

/**
 * A guideline's version is its aggregate's last sequence number (the document number is the aggregate id): its page
 * is folded from the event store ({@link GuidelineDocuments}), so it needs no wait for a projection.
 */
@Configuration(proxyBeanMethods = false)
class GuidelineVersions {

    @Bean
    VersionedResource guidelineVersion(EventStore eventStore) {
        return VersionedResource.eventSourced("/api/guidelines/{" + VersionedResource.ID + "}", eventStore);
    }
}
