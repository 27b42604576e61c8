package se.rjh.mtp.testsupport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.platform.MtpApplication;

/**
 * A service started in this JVM on a random port and pointed at the embedded infrastructure by its ordinary
 * connection settings, as {@code mtp-local} starts it. The one name tests use for "a started service".
 */
public final class StartedService implements AutoCloseable {

    private final String name;
    private final ConfigurableApplicationContext context;

    private StartedService(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    public static StartedService start(Class<?> mainClass, String name, EmbeddedInfrastructure infra,
                                       String... extraArgs) {
        return of(mainClass, name).on(infra).args(extraArgs).start();
    }

    /** For a start with more than the infrastructure: a test clock, extra beans, more settings. */
    public static Starter of(Class<?> mainClass, String name) {
        return new Starter(mainClass, name);
    }

    public String name() {
        return name;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public String url(String path) {
        return baseUrl() + path;
    }

    /** HTTP against this service, by path. */
    public TestHttp.Api http() {
        return TestHttp.api(baseUrl());
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    /** Closes everything given, in order, even if one of them fails: closing the rest matters more. */
    public static void closeAll(AutoCloseable... closeables) {
        for (AutoCloseable closeable : closeables) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception ignored) {
                // the others still get closed
            }
        }
    }

    /** What to start a service with; {@link #start()} starts it. */
    public static final class Starter {

        private final Class<?> mainClass;
        private final String name;
        private final List<String> args = new ArrayList<>(List.of("--server.port=0"));
        private final List<Class<?>> extraSources = new ArrayList<>();
        private Clock clock;

        private Starter(Class<?> mainClass, String name) {
            this.mainClass = mainClass;
            this.name = name;
        }

        public Starter on(EmbeddedInfrastructure infra) {
            infra.serviceProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
            return this;
        }

        /** Spring Boot arguments, e.g. {@code --mtp.cases.overdue-check-initial-delay=PT1H}. */
        public Starter args(String... more) {
            args.addAll(List.of(more));
            return this;
        }

        /** Extra configuration or beans in the service's context, e.g. a test-only event handler. */
        public Starter with(Class<?>... sources) {
            extraSources.addAll(List.of(sources));
            return this;
        }

        /** The service's {@code clock} bean, e.g. a {@link MutableClock}. */
        public Starter clock(Clock testClock) {
            this.clock = testClock;
            return this;
        }

        public StartedService start() {
            SpringApplicationBuilder builder = MtpApplication.builder(mainClass, name)
                    .sources(extraSources.toArray(Class<?>[]::new));
            if (clock != null) {
                Clock registered = clock;
                builder.initializers(ctx -> ctx.getBeanFactory().registerSingleton("clock", registered));
            }
            return new StartedService(name, builder.run(args.toArray(String[]::new)));
        }
    }
}
