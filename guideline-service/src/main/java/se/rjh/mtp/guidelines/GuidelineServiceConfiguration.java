package se.rjh.mtp.guidelines;

import java.time.Clock;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import se.rjh.mtp.guidelines.domain.Guideline;
import se.rjh.mtp.guidelines.domain.GuidelineDrafting;
import se.rjh.mtp.guidelines.domain.GuidelineNumberSeries;

/** The service's own wiring: the clock (replaceable in tests), scheduling, the drafting handler, error handling. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class GuidelineServiceConfiguration {

    /** Projections and consumers whose failures must be retried, never skipped. */
    static final String[] RETRIED_GROUPS = {"guideline-library", "case-decisions"};

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    public GuidelineDrafting guidelineDrafting(
            @Qualifier("guidelineNumberSeriesRepository") Repository<GuidelineNumberSeries> series,
            @Qualifier("guidelineRepository") Repository<Guideline> guidelines) {
        return new GuidelineDrafting(series, guidelines);
    }

    /** A failing handler stops its processor, which retries with back-off, instead of silently skipping the event. */
    @Autowired
    public void retryFailedEvents(EventProcessingConfigurer configurer) {
        for (String group : RETRIED_GROUPS) {
            configurer.registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance());
        }
    }
}
