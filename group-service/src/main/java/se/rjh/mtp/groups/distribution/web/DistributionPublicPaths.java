package se.rjh.mtp.groups.distribution.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.rjh.mtp.groups.distribution.link.AcknowledgementLinks;
import se.rjh.mtp.platform.security.PublicPaths;

/** The acknowledgement endpoints and form need no account: the signed token in the path is the unit's credential. */
@Configuration(proxyBeanMethods = false)
class DistributionPublicPaths {

    @Bean
    PublicPaths acknowledgementPaths() {
        return new PublicPaths(AcknowledgementLinks.API_PATH + "*", AcknowledgementLinks.FORM_PATH + "*");
    }
}
