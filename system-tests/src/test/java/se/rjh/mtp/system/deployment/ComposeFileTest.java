package se.rjh.mtp.system.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;
import se.rjh.mtp.platform.PlatformDefaults;
import se.rjh.mtp.platform.production.ProfileDefaults;

/**
 * Validates docker-compose.yml without a Docker engine: health checks everywhere, start order on readiness, no
 * committed secrets, Prometheus pointed at the ports the services really use, and every environment variable of a
 * service naming a property that service reads (see {@link KnownProperties} for how "reads" is decided).
 */
class ComposeFileTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("case-service", "group-service", "guideline-service", "reporting-service");
    /** Read by the JVM and by Axon's update checker themselves, not through Spring's environment. */
    static final Set<String> PROCESS_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "AXONIQ_UPDATE_CHECKER_DISABLED");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    void everyServiceHasAHealthCheck() {
        assertThat(services.keySet()).containsAll(SERVICES).contains("mongo", "kafka", "prometheus", "grafana");
        services.forEach((name, service) -> {
            Object healthcheck = service.get("healthcheck");
            assertThat(healthcheck).as("healthcheck of " + name).isInstanceOf(Map.class);
            Object test = ((Map<?, ?>) healthcheck).get("test");
            assertThat(test).as("healthcheck test of " + name).isInstanceOf(List.class);
            assertThat(((List<?>) test).get(0)).as(name).isIn("CMD", "CMD-SHELL");
        });
    }

    @Test
    void everyServiceEnvironmentNamesOnlyPropertiesTheServiceReads() {
        for (String name : SERVICES) {
            KnownProperties known = knownPropertiesOf(name);
            List<String> unknown = new ArrayList<>();
            environment(name).keySet().stream()
                    .filter(variable -> !PROCESS_VARIABLES.contains(variable) && !known.reads(variable))
                    .forEach(unknown::add);
            assertThat(unknown).as("environment variables of " + name + " that it never reads").isEmpty();
            assertThat(environment(name)).as(name)
                    .containsKeys("MTP_MONGO_URI", "MTP_KAFKA_BOOTSTRAP_SERVERS", "MANAGEMENT_SERVER_PORT")
                    .containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        }
    }

    @Test
    void theCheckRefusesNamesNoServiceReads() {
        KnownProperties known = knownPropertiesOf("reporting-service");
        assertThat(known.reads("MTP_MONGO_URI")).isTrue();
        assertThat(known.reads("MTP_SECURITY_ROLE_CLAIM")).isTrue();
        assertThat(known.reads("AXON_EVENTHANDLING_PROCESSORS_CASEPIPELINE_THREADCOUNT")).isTrue();
        assertThat(known.reads("MTP_MONGO_URL")).isFalse();
        assertThat(known.reads("MTP_SECURITY_ROLES_CLAIM")).isFalse();
        assertThat(known.reads("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URL")).isFalse();
        assertThat(known.reads("MANAGEMENT_SERVER_PORTS")).isFalse();
    }

    @Test
    void dependantsStartOnlyWhenTheirDependenciesAreReady() {
        services.forEach((name, service) -> {
            Object dependsOn = service.get("depends_on");
            if (dependsOn == null) {
                return;
            }
            assertThat(dependsOn).as("depends_on of " + name + " must name conditions").isInstanceOf(Map.class);
            ((Map<?, ?>) dependsOn).forEach((dependency, condition) -> assertThat(((Map<?, ?>) condition).get("condition"))
                    .as(name + " → " + dependency)
                    .isIn("service_healthy", "service_completed_successfully"));
        });
        for (String name : SERVICES) {
            Set<Object> dependencies = Set.copyOf(((Map<?, ?>) services.get(name).get("depends_on")).keySet());
            assertThat(dependencies).as(name).contains("mongo", "kafka", "kafka-topics");
        }
    }

    @Test
    void secretsComeOnlyFromTheEnvFile() throws IOException {
        services.forEach((name, service) -> environment(name).forEach((variable, value) -> {
            if (variable.matches(".*(PASSWORD|SECRET|_KEY|CLUSTER_ID|_URI)$") && !variable.contains("OTLP")) {
                assertThat(String.valueOf(value)).as(name + " " + variable).contains("${");
            }
        }));
        assertThat(Files.readString(ROOT.resolve(".gitignore")).lines()).contains(".env");
        assertThat(ROOT.resolve(".env.example")).exists();
    }

    /**
     * Each service signs in to MongoDB as its own user, and the init script gives that user readWrite on the
     * service's own database (the one its yml names) and nothing else, so no service can change another's events.
     */
    @Test
    void everyServiceHasItsOwnDatabaseUserThatCanWriteOnlyItsOwnDatabase() throws IOException {
        String script = Files.readString(ROOT.resolve("deploy/mongo/initdb/create-service-user.js"));
        Map<String, List<String>> scriptUsers = new TreeMap<>();
        Matcher entry = Pattern.compile("\\{ user: '([^']+)', db: '([^']+)', passwordVariable: '([^']+)' }")
                .matcher(script);
        while (entry.find()) {
            scriptUsers.put(entry.group(1), List.of(entry.group(2), entry.group(3)));
        }
        assertThat(scriptUsers).as("users in the init script").containsOnlyKeys(SERVICES);
        assertThat(script.split("role:", -1)).as("one role expression: readWrite on the user's own db").hasSize(2);
        assertThat(script).contains("const roles = [{ role: 'readWrite', db: u.db }];");
        String envExample = Files.readString(ROOT.resolve(".env.example"));

        for (String name : SERVICES) {
            String database = String.valueOf(new YamlPropertySourceLoader()
                    .load(name, new ClassPathResource(name + ".yml")).get(0).getProperty("mtp.mongo.database"));
            String passwordVariable = scriptUsers.get(name).get(1);
            assertThat(scriptUsers.get(name).get(0)).as("database of " + name).isEqualTo(database);
            assertThat(String.valueOf(environment(name).get("MTP_MONGO_URI"))).as("MongoDB URI of " + name)
                    .startsWith("mongodb://" + name + ":${" + passwordVariable + ":?}@mongo:27017/")
                    .contains("authSource=admin");
            assertThat(environment("mongo")).as("the init script's variables")
                    .containsEntry(passwordVariable, "${" + passwordVariable + ":?}");
            assertThat(envExample.lines()).as(".env.example").anyMatch(line -> line.startsWith(passwordVariable + "="));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesEveryServiceOnItsUnpublishedManagementPort() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (String name : SERVICES) {
            String port = String.valueOf(environment(name).get("MANAGEMENT_SERVER_PORT"));
            expected.add(name + ":" + port);
            Map<String, Object> healthcheck = (Map<String, Object>) services.get(name).get("healthcheck");
            assertThat(String.join(" ", (List<String>) healthcheck.get("test")))
                    .contains("127.0.0.1:" + port + "/actuator/health");
            assertThat(String.valueOf(services.get(name).get("ports"))).as(name).doesNotContain(port);
        }
        Map<String, Object> prometheus;
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("deploy/prometheus/prometheus.yml"))) {
            prometheus = new Yaml().load(reader);
        }
        Set<String> targets = new TreeSet<>();
        for (Map<String, Object> job : (List<Map<String, Object>>) prometheus.get("scrape_configs")) {
            if ("/actuator/prometheus".equals(job.get("metrics_path"))) {
                for (Map<String, Object> config : (List<Map<String, Object>>) job.get("static_configs")) {
                    targets.addAll((List<String>) config.get("targets"));
                }
            }
        }
        assertThat(targets).isEqualTo(expected);
    }

    @Test
    void everyServiceImageIsBuiltFromItsModuleByTheSharedDockerfileAndRunsAsNonRoot() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).contains("AS build", "-pl \"$MODULE\" -am package", "$MODULE-exec.jar",
                "FROM eclipse-temurin:17-jre", "HEALTHCHECK", "/actuator/health", "AXONIQ_UPDATE_CHECKER_DISABLED=true");
        assertThat(dockerfile.lines().filter(line -> line.startsWith("USER ")).toList())
                .singleElement().asString().doesNotContain("root").doesNotContain(" 0");
        for (String name : SERVICES) {
            Map<?, ?> build = (Map<?, ?>) services.get(name).get("build");
            assertThat(build.get("dockerfile")).as(name).isEqualTo("Dockerfile");
            @SuppressWarnings("unchecked")
            Map<String, Object> args = (Map<String, Object>) build.get("args");
            assertThat(args).as("build args of " + name).containsEntry("MODULE", name);
            // The image exposes the ports the service listens on: the API as published, management as configured.
            assertThat(String.valueOf(args.get("MANAGEMENT_PORT"))).as(name)
                    .isEqualTo(String.valueOf(environment(name).get("MANAGEMENT_SERVER_PORT")));
            assertThat(services.get(name).get("ports")).as(name).asInstanceOf(InstanceOfAssertFactories.LIST)
                    .contains(args.get("PORT") + ":" + args.get("PORT"));
            assertThat(ROOT.resolve(name).resolve("Dockerfile")).as("no per-module copy").doesNotExist();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        Object environment = services.get(service).get("environment");
        return environment == null ? Map.of() : (Map<String, Object>) environment;
    }

    /** What a service reads: class-path metadata, platform defaults (every profile, and prod), its own yml. */
    private static KnownProperties knownPropertiesOf(String service) {
        KnownProperties known = KnownProperties.fromClassPath();
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.setActiveProfiles(ProfileDefaults.PROD);
        new ProfileDefaults().postProcessEnvironment(environment, null);
        new PlatformDefaults().postProcessEnvironment(environment, null);
        environment.getPropertySources().forEach(known::addAll);
        try {
            known.addAll(new YamlPropertySourceLoader().load(service, new ClassPathResource(service + ".yml")));
        } catch (IOException e) {
            throw new IllegalStateException("No " + service + ".yml on the class path", e);
        }
        return known;
    }
}
