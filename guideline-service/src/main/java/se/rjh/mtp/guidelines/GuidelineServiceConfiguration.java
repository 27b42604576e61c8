package se.rjh.mtp.guidelines;

import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.rjh.mtp.guidelines.domain.Guideline;
import se.rjh.mtp.guidelines.domain.GuidelineDrafting;
import se.rjh.mtp.guidelines.domain.GuidelineNumberSeries;

/** The service's own wiring: the drafting handler, which works on two aggregates. */
@Configuration(proxyBeanMethods = false)
public class GuidelineServiceConfiguration {

    @Bean
    public GuidelineDrafting guidelineDrafting(
            @Qualifier("guidelineNumberSeriesRepository") Repository<GuidelineNumberSeries> series,
            @Qualifier("guidelineRepository") Repository<Guideline> guidelines) {
        return new GuidelineDrafting(series, guidelines);
    }
}
