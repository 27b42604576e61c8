package se.rjh.mtp.platform.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;

/**
 * Shared defaults from {@code mtp-defaults.yml} (every profile), {@code mtp-defaults-prod.yml} (profile {@code prod})
 * and {@code mtp-defaults-local.yml} (without {@code prod}: the local run and tests). Services read {@code <service-name>.yml}, so an {@code application-prod.yml} would never be read;
 * these files are loaded here instead, below every service file, environment variable and argument, and above
 * {@code PlatformDefaults} (this runs first and both append).
 */
public class ProfileDefaults implements EnvironmentPostProcessor, Ordered {

    public static final String PROD = "prod";
    static final String BASE_FILE = "mtp-defaults.yml";
    static final String PROD_FILE = "mtp-defaults-prod.yml";
    static final String LOCAL_FILE = "mtp-defaults-local.yml";
    /** The management (metrics) port in prod is the service port plus this, e.g. 8081 → 9081. */
    static final int MANAGEMENT_PORT_OFFSET = 1000;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MutablePropertySources sources = environment.getPropertySources();
        if (environment.acceptsProfiles(Profiles.of(PROD))) {
            Integer serverPort = environment.getProperty("server.port", Integer.class);
            if (!environment.containsProperty("management.server.port") && serverPort != null && serverPort > 0) {
                // Metrics and health on their own port, reachable only inside the deployment's network.
                sources.addLast(new MapPropertySource("mtpProdManagementPort",
                        Map.of("management.server.port", serverPort + MANAGEMENT_PORT_OFFSET)));
            }
            load(PROD_FILE).forEach(sources::addLast);
        } else {
            load(LOCAL_FILE).forEach(sources::addLast);
        }
        load(BASE_FILE).forEach(sources::addLast);
    }

    static List<PropertySource<?>> load(String file) {
        try {
            return new YamlPropertySourceLoader().load("mtp:" + file, new ClassPathResource(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
