package se.rjh.mtp.portal.config;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import se.rjh.mtp.portal.cases.ServiceClients;

/**
 * Token relay: every call to a service carries the signed-in user's access token, refreshed when it has expired,
 * so the service authorises the person, not the portal, and records them as the actor.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceClientsConfiguration {

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    /** Every service's clients, built one way; a gateway names only its service. */
    @Bean
    ServiceClients serviceClients(RestClient.Builder builder, OAuth2AuthorizedClientManager clients,
                                  OAuth2AuthorizedClientRepository authorizedClients, PortalProperties properties) {
        return new RelayingClients(builder, clients, authorizedClients, properties);
    }

    /** Each service's address, and a client to it with the timeouts, with the signed-in user's token or without. */
    static final class RelayingClients implements ServiceClients {

        private final RestClient.Builder builder;
        private final OAuth2ClientHttpRequestInterceptor relay;
        private final Map<String, String> addresses;

        RelayingClients(RestClient.Builder builder, OAuth2AuthorizedClientManager clients,
                        OAuth2AuthorizedClientRepository authorizedClients, PortalProperties properties) {
            this.builder = builder;
            this.relay = new OAuth2ClientHttpRequestInterceptor(clients);
            relay.setClientRegistrationIdResolver(request -> properties.registrationId());
            // A token the service refuses (401/403 with invalid_token) is forgotten, so the next page signs in afresh.
            relay.setAuthorizationFailureHandler(
                    OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClients));
            this.addresses = Map.of(CASE_SERVICE, properties.caseServiceUrl(),
                    GROUP_SERVICE, properties.groupServiceUrl(),
                    GUIDELINE_SERVICE, properties.guidelineServiceUrl(),
                    REPORTING_SERVICE, properties.reportingServiceUrl());
        }

        @Override
        public RestClient relaying(String service) {
            return to(service).requestInterceptor(relay).build();
        }

        @Override
        public RestClient anonymous(String service) {
            return to(service).build();
        }

        private RestClient.Builder to(String service) {
            String address = addresses.get(service);
            if (address == null) {
                throw new IllegalArgumentException("no address for " + service);
            }
            SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
            timeouts.setConnectTimeout(2_000);
            timeouts.setReadTimeout(15_000);
            return builder.clone().baseUrl(address).requestFactory(timeouts);
        }
    }
}
