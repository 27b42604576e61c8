package se.rjh.mtp.cases.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.rjh.mtp.platform.web.VersionedResource;

/**
 * A case's version is its aggregate's last sequence number in the event store: {@code GET /api/cases/{id}} serves it
 * as {@code ETag}, and every command under {@code /api/cases/{id}/} honours {@code If-Match} with it.
 */
@Configuration(proxyBeanMethods = false)
class CaseVersions {

    static final String CASE = "/api/cases/{" + VersionedResource.ID + "}";

    @Bean
    VersionedResource caseVersion(EventStore eventStore) {
        return VersionedResource.eventSourced(CASE, eventStore);
    }
}
