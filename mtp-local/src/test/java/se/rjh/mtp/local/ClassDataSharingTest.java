package se.rjh.mtp.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A service starts from its archive only when the archive and the extracted jar are newer than its packaged jar. */
class ClassDataSharingTest {

    private final LocalLauncher.Service service = new LocalLauncher.Service("case-service", 8081);

    @Test
    void startsFromTheArchiveOnlyWhileItIsNewerThanThePackagedJar() throws Exception {
        Path root = Files.createTempDirectory("cds");
        Path jar = service.jar(root);
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "packaged");
        setTime(jar, 100);
        assertThat(ClassDataSharing.launch(root, service)).containsExactly("-jar", jar.toString());

        Path extracted = ClassDataSharing.extractedJar(root, service);
        Files.createDirectories(extracted.getParent());
        Files.writeString(extracted, "extracted");
        Files.writeString(ClassDataSharing.archive(root, service), "archive");
        setTime(ClassDataSharing.archive(root, service), 200);
        assertThat(ClassDataSharing.launch(root, service)).containsExactly(
                "-XX:SharedArchiveFile=" + ClassDataSharing.archive(root, service), "-XX:+UnlockDiagnosticVMOptions",
                "-XX:ArchiveRelocationMode=0", "-jar", extracted.toString());

        setTime(jar, 300); // rebuilt: the archive describes classes that may have changed
        assertThat(ClassDataSharing.ready(root, service)).isFalse();
        assertThat(ClassDataSharing.launch(root, service)).containsExactly("-jar", jar.toString());
    }

    private static void setTime(Path file, long seconds) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(1_700_000_000L + seconds)));
    }
}
