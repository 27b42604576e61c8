package se.rjh.mtp.platform;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a service with its own configuration file name ({@code case-service.yml}, ...), so that several
 * services can share one JVM in system tests without their {@code application.yml} files shadowing each other.
 */
public final class MtpApplication {

    private MtpApplication() {
    }

    public static SpringApplicationBuilder builder(Class<?> mainClass, String serviceName) {
        // Axon's update checker phones home and writes into $HOME; this system runs without internet.
        System.setProperty("axoniq.update-checker.disabled", "true");
        return new SpringApplicationBuilder(mainClass)
                .properties("spring.config.name=" + serviceName, "mtp.service-name=" + serviceName);
    }

    public static ConfigurableApplicationContext run(Class<?> mainClass, String serviceName, String... args) {
        return builder(mainClass, serviceName).run(args);
    }
}
