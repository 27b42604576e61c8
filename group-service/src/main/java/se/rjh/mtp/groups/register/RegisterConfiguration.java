package se.rjh.mtp.groups.register;

import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.rjh.mtp.groups.register.domain.InHouseDevice;
import se.rjh.mtp.groups.register.domain.InHouseDeviceNumberSeries;
import se.rjh.mtp.groups.register.domain.InHouseDeviceProposing;
import se.rjh.mtp.groups.register.domain.ResponsibleUnits;

/** The register's wiring: its configuration and the proposing handler, which works on two aggregates. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegisterProperties.class)
class RegisterConfiguration {

    @Bean
    InHouseDeviceProposing inHouseDeviceProposing(
            @Qualifier("inHouseDeviceNumberSeriesRepository") Repository<InHouseDeviceNumberSeries> series,
            @Qualifier("inHouseDeviceRepository") Repository<InHouseDevice> devices,
            ResponsibleUnits units, RegisterProperties properties) {
        return new InHouseDeviceProposing(series, devices, units, properties);
    }
}
