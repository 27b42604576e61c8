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

    @Bean
    RestClient caseServiceClient(RestClient.Builder builder, OAuth2AuthorizedClientManager clients,
                                 OAuth2AuthorizedClientRepository authorizedClients, PortalProperties properties) {
        return relaying(builder.clone(), clients, authorizedClients, properties, properties.caseServiceUrl());
    }

    @Bean
    RestClient groupServiceClient(RestClient.Builder builder, OAuth2AuthorizedClientManager clients,
                                  OAuth2AuthorizedClientRepository authorizedClients, PortalProperties properties) {
        return relaying(builder.clone(), clients, authorizedClients, properties, properties.groupServiceUrl());
    }

    @Bean
    RestClient guidelineServiceClient(RestClient.Builder builder, OAuth2AuthorizedClientManager clients,
                                      OAuth2AuthorizedClientRepository authorizedClients, PortalProperties properties) {
        return relaying(builder.clone(), clients, authorizedClients, properties, properties.guidelineServiceUrl());
    }

    @Bean
    RestClient reportingServiceClient(RestClient.Builder builder, OAuth2AuthorizedClientManager clients,
                                      OAuth2AuthorizedClientRepository authorizedClients, PortalProperties properties) {
        return relaying(builder.clone(), clients, authorizedClients, properties, properties.reportingServiceUrl());
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

    private static RestClient relaying(RestClient.Builder builder, OAuth2AuthorizedClientManager clients,
                                       OAuth2AuthorizedClientRepository authorizedClients, PortalProperties properties,
                                       String baseUrl) {
        OAuth2ClientHttpRequestInterceptor relay = new OAuth2ClientHttpRequestInterceptor(clients);
        relay.setClientRegistrationIdResolver(request -> properties.registrationId());
        // A token the service refuses (401/403 with invalid_token) is forgotten, so the next page signs in afresh.
        relay.setAuthorizationFailureHandler(
                OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClients));
        return builder.baseUrl(baseUrl).requestFactory(timeouts()).requestInterceptor(relay).build();
    }
}
