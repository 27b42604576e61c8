package se.rjh.mtp.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium driven over the Chrome DevTools protocol with the JDK's own WebSocket client: one
 * long-lived page, so a test can watch it change without reloading it.
 */
final class Chromium implements AutoCloseable {

    private static final String INSTALL_HINT = "install it with: apt-get update && apt-get install -y chromium";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    static Path binary() {
        String configured = System.getenv("CHROMIUM_BIN");
        for (String candidate : configured != null ? List.of(configured) : List.of("/usr/bin/chromium",
                "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new AssertionError("The dashboard browser test needs Debian's chromium, which is not installed; "
                + INSTALL_HINT);
    }

    static Chromium start() throws Exception {
        Path profile = Files.createTempDirectory("mtp-chromium");
        Process process = new ProcessBuilder(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("Chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(100);
        }
        String port = Files.readAllLines(portFile).get(0).trim();
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = Http.JSON.readTree(http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String pageUrl = null;
        for (JsonNode target : targets) {
            if ("page".equals(target.get("type").asText())) {
                pageUrl = target.get("webSocketDebuggerUrl").asText();
            }
        }
        if (pageUrl == null) {
            throw new AssertionError("Chromium opened no page: " + targets);
        }
        Chromium[] self = new Chromium[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), new WebSocket.Listener() {
            private final StringBuilder frame = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                frame.append(data);
                if (last) {
                    String text = frame.toString();
                    frame.setLength(0);
                    self[0].receive(text);
                }
                ws.request(1);
                return null;
            }
        }).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        self[0] = new Chromium(process, profile, socket);
        return self[0];
    }

    private void receive(String text) {
        try {
            JsonNode message = Http.JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> future = pending.remove(message.get("id").asInt());
                if (future != null) {
                    future.complete(message);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode send(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode command = Http.JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", Http.JSON.valueToTree(params));
        socket.sendText(Http.JSON.writeValueAsString(command), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode message = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (message.has("error")) {
            throw new IllegalStateException(method + " failed: " + message.get("error"));
        }
        return message.get("result");
    }

    /** Runs JavaScript in the open page and returns its value (null when undefined or an exception was thrown). */
    JsonNode evaluate(String expression) {
        try {
            JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
            return result.has("exceptionDetails") ? null : result.get("result").get("value");
        } catch (Exception e) {
            throw new IllegalStateException("evaluate " + expression, e);
        }
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
