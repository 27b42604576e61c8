package se.rjh.mtp.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;
import se.rjh.mtp.platform.web.Commands;
import se.rjh.mtp.platform.deadletter.DeadLetterConfiguration;
import se.rjh.mtp.platform.deadline.DeadlineConfiguration;
import se.rjh.mtp.platform.eventstore.EventStoreConfiguration;
import se.rjh.mtp.platform.eventstore.SerializerConfiguration;
import se.rjh.mtp.platform.messaging.KafkaConsumingConfiguration;
import se.rjh.mtp.platform.messaging.KafkaPublishingConfiguration;
import se.rjh.mtp.platform.metadata.MetadataConfiguration;
import se.rjh.mtp.platform.notification.NotificationConfiguration;
import se.rjh.mtp.platform.openapi.OpenApiConfiguration;
import se.rjh.mtp.platform.pii.PersonalIdentityNumberRequestAdvice;
import se.rjh.mtp.platform.processing.ProcessingConfiguration;
import se.rjh.mtp.platform.security.SecurityConfiguration;
import se.rjh.mtp.platform.time.TimeConfiguration;
import se.rjh.mtp.platform.web.IdempotencyConfiguration;
import se.rjh.mtp.platform.web.ProblemDetailsAdvice;
import se.rjh.mtp.platform.web.WebLimitsConfiguration;

/** Placed before Axon's own auto-configuration so that Axon takes our engine, token store and serializers. */
@AutoConfiguration(beforeName = {
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration",
        "org.axonframework.extensions.kafka.autoconfig.KafkaAutoConfiguration",
        // so that its missing-bean check sees the platform's problem error controller
        "org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration"})
@Import({SerializerConfiguration.class, EventStoreConfiguration.class, KafkaConsumingConfiguration.class, KafkaPublishingConfiguration.class,
        TimeConfiguration.class, ProcessingConfiguration.class, DeadLetterConfiguration.class, DeadlineConfiguration.class,
        MetadataConfiguration.class, SecurityConfiguration.class, ProblemDetailsAdvice.class,
        PersonalIdentityNumberRequestAdvice.class, WebLimitsConfiguration.class, IdempotencyConfiguration.class,
        OpenApiConfiguration.class, NotificationConfiguration.class, Commands.class})
public class PlatformAutoConfiguration {
}
