package se.rjh.mtp.portal.config;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import se.rjh.mtp.portal.web.FormBinding;

/** Swedish for everyone, whatever the browser asks for; the pages with nothing to fetch. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /**
     * The Swedish bundle, {@code messages_sv.properties}; there is no default bundle (Spring Boot's own message
     * source would want one), since every page is Swedish.
     */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(SWEDISH);
        return messages;
    }

    /** Binds the forms of the table-driven controllers with Spring MVC's own conversions and validator. */
    @Bean
    FormBinding formBinding(@Qualifier("mvcConversionService") FormattingConversionService conversions,
                            @Qualifier("mvcValidator") Validator validator) {
        return new FormBinding(conversions, validator);
    }

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(SWEDISH);
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/tillganglighet").setViewName("accessibility");
        registry.addViewController("/utloggad").setViewName("signed-out");
    }
}
