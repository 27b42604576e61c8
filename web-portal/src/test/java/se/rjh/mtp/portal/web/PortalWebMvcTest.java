package se.rjh.mtp.portal.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import se.rjh.mtp.portal.audit.AuditGateway;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.guidelines.GuidelineGateway;
import se.rjh.mtp.portal.groups.GroupGateway;
import se.rjh.mtp.portal.dashboard.DashboardGateway;
import se.rjh.mtp.portal.reporting.WorklistGateway;
import se.rjh.mtp.portal.config.ClockConfiguration;
import se.rjh.mtp.portal.config.PortalSecurityConfiguration;
import se.rjh.mtp.portal.register.DeclarationGateway;
import se.rjh.mtp.portal.register.RegisterGateway;

/**
 * The portal's controllers, templates and security in MockMvc, with every service replaced by its stubbed gateway
 * ({@link CaseGateway}, {@link GroupGateway}, {@link GuidelineGateway}, {@link RegisterGateway}, the reporting
 * gateways), and the identity provider by a registration that is never called.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({PortalSecurityConfiguration.class, ClockConfiguration.class, PortalWebMvcTest.Provider.class})
@MockitoBean(types = {CaseGateway.class, WorklistGateway.class, GuidelineGateway.class, GroupGateway.class,
        AuditGateway.class, DashboardGateway.class, RegisterGateway.class, DeclarationGateway.class})
public @interface PortalWebMvcTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Provider {
        @Bean
        ClientRegistrationRepository clientRegistrations() {
            return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("mtp")
                    .clientId("mtp-portal").clientSecret("secret")
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid")
                    .authorizationUri("http://localhost:1/oauth2/authorize").tokenUri("http://localhost:1/oauth2/token")
                    .jwkSetUri("http://localhost:1/oauth2/jwks").userNameAttributeName("sub").build());
        }
    }
}
