package se.rjh.mtp.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.platform.MtpApplication;

/** One service started in this JVM on a random port, pointed at the embedded infrastructure by plain settings. */
record RunningService(String name, ConfigurableApplicationContext context) implements AutoCloseable {

    static RunningService start(Class<?> mainClass, String name, EmbeddedInfrastructure infra, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        for (Map.Entry<String, Object> entry : infra.serviceProperties().entrySet()) {
            args.add("--" + entry.getKey() + "=" + entry.getValue());
        }
        args.addAll(List.of(extraArgs));
        return new RunningService(name, MtpApplication.builder(mainClass, name).run(args.toArray(String[]::new)));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
