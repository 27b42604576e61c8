package se.rjh.mtp.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP for tests, as an outside client calls the services: the JDK client, the demo users' Basic credentials
 * (password = user name) and the answer as status, headers and text.
 * <p>
 * The static methods take whole URLs; {@link #api(String)} binds a base URL for tests that talk to one service;
 * {@link #request(String, String)} gives full control over method, headers and raw body bytes (attack and
 * correlation tests). A server-sent event stream is not read: its answer is its headers only.
 */
public final class TestHttp {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private TestHttp() {
    }

    public static Response get(String url, String user) {
        return request("GET", url).as(user).send();
    }

    /** A GET that asks for a media type, e.g. {@code text/csv}. */
    public static Response get(String url, String user, String accept) {
        return request("GET", url).as(user).header("Accept", accept).send();
    }

    public static Response post(String url, String user, String json) {
        return request("POST", url).as(user).json(json).send();
    }

    /** A POST without a body. */
    public static Response post(String url, String user) {
        return request("POST", url).as(user).send();
    }

    public static Response put(String url, String user, String json) {
        return request("PUT", url).as(user).json(json).send();
    }

    public static Response delete(String url, String user) {
        return request("DELETE", url).as(user).send();
    }

    public static Request request(String method, String url) {
        return new Request(method, url);
    }

    /** The Authorization header value of a demo user (password = user name). */
    public static String basic(String user) {
        return basic(user, user);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code text} as a JSON string literal, quotes and escapes included, for building request bodies. */
    public static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The same requests against one service: paths instead of URLs. */
    public static Api api(String baseUrl) {
        return new Api(baseUrl);
    }

    /** One service's base URL, e.g. {@code http://127.0.0.1:8081}; every method takes a path below it. */
    public record Api(String baseUrl) {

        public String url(String path) {
            return baseUrl + path;
        }

        public Response get(String path, String user) {
            return TestHttp.get(url(path), user);
        }

        public Response get(String path, String user, String accept) {
            return TestHttp.get(url(path), user, accept);
        }

        public Response post(String path, String user, String json) {
            return TestHttp.post(url(path), user, json);
        }

        public Response post(String path, String user) {
            return TestHttp.post(url(path), user);
        }

        public Response put(String path, String user, String json) {
            return TestHttp.put(url(path), user, json);
        }

        public Response delete(String path, String user) {
            return TestHttp.delete(url(path), user);
        }

        public Request request(String method, String path) {
            return TestHttp.request(method, url(path));
        }
    }

    /** One request being put together; {@link #send()} sends it. */
    public static final class Request {

        private final String method;
        private final String url;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private boolean chunked;

        private Request(String method, String url) {
            this.method = method;
            this.url = url;
        }

        /** Basic credentials of a demo user; null sends none. */
        public Request as(String user) {
            return user == null ? this : header("Authorization", TestHttp.basic(user));
        }

        public Request basic(String user, String password) {
            return header("Authorization", TestHttp.basic(user, password));
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request json(String text) {
            return body("application/json", text.getBytes(StandardCharsets.UTF_8));
        }

        /** Raw bytes; a null content type sends no Content-Type header. */
        public Request body(String contentType, byte[] bytes) {
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            this.body = bytes;
            return this;
        }

        /** Sends the body without a Content-Length (chunked), so a size limit cannot rely on the header. */
        public Request chunked() {
            this.chunked = true;
            return this;
        }

        public Response send() {
            HttpRequest.BodyPublisher publisher;
            if (body == null) {
                publisher = HttpRequest.BodyPublishers.noBody();
            } else if (chunked) {
                byte[] bytes = body;
                publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
            } else {
                publisher = HttpRequest.BodyPublishers.ofByteArray(body);
            }
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).method(method, publisher);
            headers.forEach(builder::header);
            try {
                HttpResponse<InputStream> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
                String contentType = response.headers().firstValue("Content-Type").orElse("");
                String text;
                try (InputStream in = response.body()) {
                    text = contentType.startsWith("text/event-stream") ? ""
                            : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                return new Response(response.statusCode(), contentType, response.headers(), text);
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + url, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** What came back. */
    public record Response(int status, String contentType, HttpHeaders headers, String body) {

        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }
}
