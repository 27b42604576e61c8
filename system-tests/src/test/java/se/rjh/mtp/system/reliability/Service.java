package se.rjh.mtp.system.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.platform.MtpApplication;

/** A service started in this JVM on a random port, pointed at the embedded infrastructure by plain settings. */
record Service(ConfigurableApplicationContext context) implements AutoCloseable {

    static Service start(Class<?> mainClass, String name, EmbeddedInfrastructure infra, String... extraArgs) {
        return startWith(new Class<?>[0], mainClass, name, infra, extraArgs);
    }

    /** With extra beans (e.g. a test-only event handler) in the service's context. */
    static Service startWith(Class<?>[] extraBeans, Class<?> mainClass, String name, EmbeddedInfrastructure infra,
                             String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        for (Map.Entry<String, Object> entry : infra.serviceProperties().entrySet()) {
            args.add("--" + entry.getKey() + "=" + entry.getValue());
        }
        args.addAll(List.of(extraArgs));
        return new Service(MtpApplication.builder(mainClass, name).sources(extraBeans).run(args.toArray(String[]::new)));
    }

    String url(String path) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort() + path;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    /** Closes everything given, in order, even if one of them fails. */
    static void closeAll(AutoCloseable... closeables) {
        for (AutoCloseable c : closeables) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // closing the rest matters more
            }
        }
    }
}
