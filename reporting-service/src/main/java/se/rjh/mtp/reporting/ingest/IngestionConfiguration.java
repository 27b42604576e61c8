package se.rjh.mtp.reporting.ingest;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live consumer's processor stores its token only after the batch's records are written. */
@Configuration(proxyBeanMethods = false)
class IngestionConfiguration {

    @Bean
    ConfigurerModule liveBatchTokenStore(TokenStore tokenStore, LiveBatches batches) {
        return configurer -> configurer.eventProcessing().registerTokenStore(EventIngestion.GROUP,
                config -> new FlushingTokenStore(tokenStore, batches));
    }
}
