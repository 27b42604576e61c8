package se.rjh.mtp.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A class-data-sharing archive per service and for the web portal, so that its JVM maps the classes it needs at start instead of loading and
 * verifying them from the nested jars again. Measured on one service: 9.2 s of CPU to a refreshed context from the
 * packaged jar, 4.1 s from the extracted jar with its archive (BENCHMARKS.md, "JVM set-up"); four services start
 * together on two cores, so that CPU is the start time.
 * <p>
 * When the packaged jar's content has changed since the archive was written, the jar is extracted (Spring Boot's {@code tools} jar
 * mode) and started once, against the running infrastructure, up to its refreshed context (before it opens its port
 * or starts a processor) with {@code -XX:ArchiveClassesAtExit}; all services at once. A service whose training
 * fails starts from its packaged jar as before. {@code MTP_CDS=false} turns this off.
 */
final class ClassDataSharing {

    private static final Logger log = LoggerFactory.getLogger(ClassDataSharing.class);

    private ClassDataSharing() {
    }

    /** {@code MTP_CDS=false} starts every service from its packaged jar, without an archive. */
    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getenv("MTP_CDS"));
    }

    static Path directory(Path root, LocalLauncher.Service service) {
        return root.resolve(service.name()).resolve("target").resolve("cds");
    }

    static Path archive(Path root, LocalLauncher.Service service) {
        return directory(root, service).resolve("app.jsa");
    }

    /** The extracted application; {@code extract} wants a directory that does not exist yet. */
    static Path extractedJar(Path root, LocalLauncher.Service service) {
        return directory(root, service).resolve("app").resolve(service.jar(root).getFileName());
    }

    /** Where the fingerprint of the packaged jar that the archive was written from is kept. */
    static Path fingerprintFile(Path root, LocalLauncher.Service service) {
        return directory(root, service).resolve("jar.fingerprint");
    }

    /**
     * Whether the service can start from its extracted jar and archive: both exist and were made from a packaged jar
     * with the same content as today's. Content, not time: every {@code mvn package} (the load and benchmark scripts
     * run one) rewrites the jar with the same classes, and an archive judged by time was then written again at the
     * next start, a minute on two cores.
     */
    static boolean ready(Path root, LocalLauncher.Service service) {
        try {
            Path written = fingerprintFile(root, service);
            return Files.exists(archive(root, service)) && Files.exists(extractedJar(root, service))
                    && Files.exists(written) && Files.readString(written).equals(fingerprint(service.jar(root)));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A digest of every entry's name, size and CRC-32 as the jar's directory records them: the same for a jar
     * packaged again from the same classes and libraries, different when any of them changed.
     */
    static String fingerprint(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            zip.stream().sorted(Comparator.comparing(ZipEntry::getName)).forEach(entry -> digest.update(
                    (entry.getName() + ' ' + entry.getSize() + ' ' + entry.getCrc() + '\n')
                            .getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Extracts and trains every service whose archive is missing or was written from other content; waits for all. */
    static void prepare(Path root, List<LocalLauncher.Service> services, List<String> javaOptions,
                        List<String> arguments) throws IOException, InterruptedException {
        List<Process> trainings = new ArrayList<>();
        List<LocalLauncher.Service> trained = new ArrayList<>();
        for (LocalLauncher.Service service : services) {
            if (ready(root, service)) {
                continue;
            }
            Path dir = directory(root, service);
            deleteRecursively(dir);
            Files.createDirectories(dir);
            Process extract = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", service.jar(root).toString(),
                    "extract", "--destination", extractedJar(root, service).getParent().toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("extract.log").toFile()).start();
            if (!extract.waitFor(120, TimeUnit.SECONDS) || extract.exitValue() != 0) {
                log.warn("{}: could not extract the jar (see {}); it starts from the packaged jar", service.name(),
                         dir.resolve("extract.log"));
                continue;
            }
            Files.writeString(fingerprintFile(root, service), fingerprint(service.jar(root)));
            List<String> command = new ArrayList<>(List.of(java()));
            command.addAll(javaOptions);
            command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive(root, service),
                    "-Dspring.context.exit=onRefresh", "-Daxoniq.update-checker.disabled=true",
                    "-jar", extractedJar(root, service).toString()));
            command.addAll(arguments);
            log.info("{}: writing its class-data-sharing archive (once per build)", service.name());
            trainings.add(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("training.log").toFile()).start());
            trained.add(service);
        }
        for (int i = 0; i < trainings.size(); i++) {
            Process training = trainings.get(i);
            if (!training.waitFor(180, TimeUnit.SECONDS)) {
                training.destroyForcibly();
            }
            if (!ready(root, trained.get(i))) {
                log.warn("{}: no class-data-sharing archive (see {}); it starts from the packaged jar",
                         trained.get(i).name(), directory(root, trained.get(i)).resolve("training.log"));
            }
        }
    }

    /**
     * How to start the service's JVM: from the archive when there is one, else from the packaged jar. The archive is
     * mapped where it was written instead of at a random address (this JDK's default), which would rewrite every
     * pointer in it at start and so make all of it private resident memory (BENCHMARKS.md, "The portal's memory");
     * where that address is taken the JVM still relocates.
     */
    static List<String> launch(Path root, LocalLauncher.Service service) {
        return enabled() && ready(root, service)
                ? List.of("-XX:SharedArchiveFile=" + archive(root, service), "-XX:+UnlockDiagnosticVMOptions",
                          "-XX:ArchiveRelocationMode=0", "-jar", extractedJar(root, service).toString())
                : List.of("-jar", service.jar(root).toString());
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
