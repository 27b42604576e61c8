package se.rjh.mtp.portal.config;

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

    /** The one way a relaying client is built; each service's bean below names only its base URL. */
    @Bean
    RelayingClients relayingClients(RestClient.Builder builder, OAuth2AuthorizedClientManager clients,
                                    OAuth2AuthorizedClientRepository authorizedClients, PortalProperties properties) {
        return new RelayingClients(builder, clients, authorizedClients, properties.registrationId());
    }

    @Bean
    RestClient caseServiceClient(RelayingClients relaying, PortalProperties properties) {
        return relaying.to(properties.caseServiceUrl());
    }

    @Bean
    RestClient groupServiceClient(RelayingClients relaying, PortalProperties properties) {
        return relaying.to(properties.groupServiceUrl());
    }

    @Bean
    RestClient guidelineServiceClient(RelayingClients relaying, PortalProperties properties) {
        return relaying.to(properties.guidelineServiceUrl());
    }

    @Bean
    RestClient reportingServiceClient(RelayingClients relaying, PortalProperties properties) {
        return relaying.to(properties.reportingServiceUrl());
    }

    /** group-service's public reads (the public declaration of in-house devices) without a token: for anyone. */
    @Bean
    RestClient publicGroupServiceClient(RestClient.Builder builder, PortalProperties properties) {
        return builder.clone().baseUrl(properties.groupServiceUrl()).requestFactory(timeouts()).build();
    }

    private static SimpleClientHttpRequestFactory timeouts() {
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(2_000);
        timeouts.setReadTimeout(15_000);
        return timeouts;
    }

    /** Builds a service's client that relays the signed-in user's token. */
    static final class RelayingClients {

        private final RestClient.Builder builder;
        private final OAuth2ClientHttpRequestInterceptor relay;

        RelayingClients(RestClient.Builder builder, OAuth2AuthorizedClientManager clients,
                        OAuth2AuthorizedClientRepository authorizedClients, String registrationId) {
            this.builder = builder;
            this.relay = new OAuth2ClientHttpRequestInterceptor(clients);
            relay.setClientRegistrationIdResolver(request -> registrationId);
            // A token the service refuses (401/403 with invalid_token) is forgotten, so the next page signs in afresh.
            relay.setAuthorizationFailureHandler(
                    OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClients));
        }

        RestClient to(String baseUrl) {
            return builder.clone().baseUrl(baseUrl).requestFactory(timeouts()).requestInterceptor(relay).build();
        }
    }
}
