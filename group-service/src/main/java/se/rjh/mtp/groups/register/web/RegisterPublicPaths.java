package se.rjh.mtp.groups.register.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.rjh.mtp.platform.security.PublicPaths;

/** The public declaration must be readable by anyone (Art. 5(5)(e) MDR, (f) IVDR): no sign-in. */
@Configuration(proxyBeanMethods = false)
class RegisterPublicPaths {

    @Bean
    PublicPaths declarationPaths() {
        return new PublicPaths(DeclarationController.PATH, DeclarationController.PATH + "/history");
    }
}
