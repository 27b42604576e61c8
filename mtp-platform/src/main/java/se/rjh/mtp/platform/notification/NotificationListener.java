package se.rjh.mtp.platform.notification;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.axonframework.config.ProcessingGroup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A service's listener that turns its events into mail through {@link Notifier}: a bean in the processing group
 * {@value Notifier#PROCESSING_GROUP}, present only while {@code mtp.notifications.enabled} is true, so that with
 * mail turned off the service has no notifications processor at all (and reads nothing for it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@ProcessingGroup(Notifier.PROCESSING_GROUP)
@ConditionalOnProperty(name = "mtp.notifications.enabled", havingValue = "true")
public @interface NotificationListener {
}
