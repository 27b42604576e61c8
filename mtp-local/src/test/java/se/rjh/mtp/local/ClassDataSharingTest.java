package se.rjh.mtp.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A service starts from its archive only while the archive was written from a jar with today's content. */
class ClassDataSharingTest {

    private final LocalLauncher.Service service = new LocalLauncher.Service("case-service", 8081);

    @Test
    void startsFromTheArchiveWhileThePackagedJarHoldsWhatItWasWrittenFrom() throws Exception {
        Path root = Files.createTempDirectory("cds");
        Path jar = packagedJar(root);
        assertThat(ClassDataSharing.launch(root, service)).containsExactly("-jar", jar.toString());

        writeArchive(root);
        assertThat(ClassDataSharing.launch(root, service)).containsExactly(
                "-XX:SharedArchiveFile=" + ClassDataSharing.archive(root, service), "-XX:+UnlockDiagnosticVMOptions",
                "-XX:ArchiveRelocationMode=0", "-jar", ClassDataSharing.extractedJar(root, service).toString());

        writeJar(jar, "A.class", "version 1"); // packaged again from the same classes, later
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(ClassDataSharing.ready(root, service)).isTrue();

        writeJar(jar, "A.class", "version 2"); // rebuilt: the archive describes classes that have changed
        assertThat(ClassDataSharing.ready(root, service)).isFalse();
        assertThat(ClassDataSharing.launch(root, service)).containsExactly("-jar", jar.toString());
    }

    @Test
    void aJarThatIsNoZipIsNeverReady() throws Exception {
        Path root = Files.createTempDirectory("cds");
        Path jar = packagedJar(root);
        writeArchive(root);
        Files.writeString(jar, "not a zip");

        assertThat(ClassDataSharing.ready(root, service)).isFalse();
    }

    /** The service's jar as the build leaves it, holding the first version of its one class. */
    private Path packagedJar(Path root) throws Exception {
        Path jar = service.jar(root);
        Files.createDirectories(jar.getParent());
        writeJar(jar, "A.class", "version 1");
        return jar;
    }

    /** What {@link ClassDataSharing#prepare} leaves behind after a training, for the jar as it is now. */
    private void writeArchive(Path root) throws Exception {
        Path extracted = ClassDataSharing.extractedJar(root, service);
        Files.createDirectories(extracted.getParent());
        Files.writeString(extracted, "extracted");
        Files.writeString(ClassDataSharing.archive(root, service), "archive");
        Files.writeString(ClassDataSharing.fingerprintFile(root, service),
                ClassDataSharing.fingerprint(service.jar(root)));
    }

    private static void writeJar(Path jar, String entry, String content) throws Exception {
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
