package se.rjh.mtp.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LocalJvmOptionsTest {

    @Test
    void theInfrastructureJvmStartedByTheScriptHasTheOptionsOfEveryOtherLocalJvm() throws Exception {
        String script = Files.readString(Path.of("..", "mtp-local.sh"));
        Matcher defaults = Pattern.compile("\\$\\{MTP_INFRA_JAVA_OPTS:-([^}]*)}").matcher(script);

        assertThat(defaults.find()).as("mtp-local.sh's default options of the infrastructure JVM").isTrue();
        assertThat(List.of(defaults.group(1).trim().split("\\s+")))
                .containsSubsequence(List.of(LocalJvmOptions.EVERY_JVM.split("\\s+")));
    }

    @Test
    void everyJvmTheLauncherStartsHasTheSharedOptions() {
        assertThat(LocalJvmOptions.SERVICES).endsWith(LocalJvmOptions.EVERY_JVM);
        assertThat(LocalJvmOptions.PORTAL).endsWith(LocalJvmOptions.EVERY_JVM);
    }

    @Test
    void anEnvironmentVariableThatIsNotSetLeavesTheDefaults() {
        assertThat(LocalJvmOptions.fromEnvironment("MTP_NO_SUCH_VARIABLE_SET", " -Xmx1m  -Xss1m "))
                .containsExactly("-Xmx1m", "-Xss1m");
    }
}
