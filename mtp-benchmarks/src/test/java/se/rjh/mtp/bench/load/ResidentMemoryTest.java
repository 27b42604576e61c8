package se.rjh.mtp.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResidentMemoryTest {

    private static final String JAVA = "/usr/lib/jvm/java-17/bin/java";

    private static String service(String name, int port, String root) {
        return JAVA + " -Xmx384m -XX:+UseSerialGC -jar " + root + "/" + name + "/target/" + name + "-exec.jar --server.port="
               + port + " --mtp.kafka.bootstrap-servers=127.0.0.1:9092";
    }

    /** Two stacks on the machine: ours on 8081-8084 (launcher 100), another tenant's on 9081-9084 (launcher 200). */
    private static final String PS = String.join("\n",
            "    1     0  1000 /sbin/init",
            "  100    50 1048576 " + JAVA + " -Dmtp.home=. -jar mtp-local/target/mtp-local-exec.jar",
            "  101   100 400000 " + service("case-service", 8081, "/work/a"),
            "  102   100 300000 " + service("group-service", 8082, "/work/a"),
            "  103   100 300000 " + service("guideline-service", 8083, "/work/a"),
            "  104   100 300000 " + service("reporting-service", 8084, "/work/a"),
            "  200    60 999999 " + JAVA + " -jar mtp-local/target/mtp-local-exec.jar",
            "  201   200 111111 " + service("case-service", 9081, "/work/b"),
            "  202   200 111111 " + service("group-service", 9082, "/work/b"),
            "  203   200 111111 " + service("guideline-service", 9083, "/work/b"),
            "  204   200 111111 " + service("reporting-service", 9084, "/work/b"),
            "  300   299  2000 vi case-service-exec.jar",
            "");

    @Test
    void parsesPsLines() {
        List<ResidentMemory.Proc> procs = ResidentMemory.parsePs("  PID  PPID   RSS COMMAND\n" + PS);

        assertThat(procs).hasSize(12);
        assertThat(procs.get(1)).isEqualTo(new ResidentMemory.Proc(100, 50, 1048576,
                JAVA + " -Dmtp.home=. -jar mtp-local/target/mtp-local-exec.jar"));
    }

    @Test
    void findsOurStackByPortAndItsLauncherAsTheServicesParent() {
        Map<String, ResidentMemory.Proc> stack = ResidentMemory.localStack(ResidentMemory.parsePs(PS), Targets.local());

        assertThat(stack.keySet()).containsExactly(ResidentMemory.INFRASTRUCTURE, "case-service", "group-service",
                                                   "guideline-service", "reporting-service");
        assertThat(stack.values()).extracting(ResidentMemory.Proc::pid).containsExactly(100L, 101L, 102L, 103L, 104L);
    }

    @Test
    void aSingleStackIsFoundWhateverItsPorts() {
        String ours = PS.lines().filter(l -> !l.trim().startsWith("2")).reduce("", (a, b) -> a + b + "\n");

        Map<String, ResidentMemory.Proc> stack = ResidentMemory.localStack(ResidentMemory.parsePs(ours),
                Targets.parse("case=http://127.0.0.1:18081"));

        assertThat(stack.values()).extracting(ResidentMemory.Proc::pid).containsExactly(100L, 101L, 102L, 103L, 104L);
    }

    @Test
    void nothingRunningIsNothingFound() {
        assertThat(ResidentMemory.localStack(ResidentMemory.parsePs("    1     0  1000 /sbin/init\n"),
                                             Targets.local())).isEmpty();
    }
}
