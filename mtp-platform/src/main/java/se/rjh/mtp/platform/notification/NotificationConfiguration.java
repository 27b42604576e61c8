package se.rjh.mtp.platform.notification;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import se.rjh.mtp.platform.ServiceProperties;

/**
 * The notification mechanism of every service: {@link Notifier} and the tracking processor its listeners run in.
 * The processor starts at the head of the store the first time it runs, so that deploying notifications does not
 * mail about every past event; after that its token moves on as usual.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NotificationProperties.class, ServiceProperties.class})
public class NotificationConfiguration {

    @Bean
    public NotificationTemplates notificationTemplates() {
        return new NotificationTemplates();
    }

    /** Spring's mail sender when {@code spring.mail.host} is set; otherwise one that fails every send. */
    @Bean
    public Notifier notifier(NotificationProperties properties, NotificationTemplates templates,
                             ObjectProvider<JavaMailSender> mail, CommandGateway commands, EventStore eventStore,
                             Clock clock, ObjectProvider<MeterRegistry> meters, ServiceProperties service) {
        return new Notifier(properties, templates, mail.getIfAvailable(JavaMailSenderImpl::new), commands, eventStore,
                clock, meters.getIfAvailable(SimpleMeterRegistry::new), service.serviceName());
    }

    /** One thread, one event per unit of work: a mail waits for no other and a failure parks only its own event. */
    @Bean
    public ConfigurerModule mtpNotificationProcessor() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(Notifier.PROCESSING_GROUP,
                Configuration::eventStore, c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(1)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
