package se.rjh.mtp.bench.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal mix: {@code --portal-users} signed-in people, each signed in once through the authorization server's
 * login form (the session cookie kept, as a browser does), cycling through the start page, the case list, the case
 * page of a case of their own, its note form and the note sent (with the form's CSRF token and case version), with
 * {@code --portal-think} between pages. Latency per page, from the request to the whole answer; the form post is
 * counted done at its redirect (post/redirect/get). Each user has a case of their own, so their notes never make
 * each other's forms stale.
 *
 * @param portal   the portal's address, e.g. {@code http://127.0.0.1:8080}
 * @param services the services, for the cases the users work on (made with the demo users' HTTP Basic)
 * @param think    the pause between one person's pages
 */
record PortalMix(String portal, Targets services, Duration think) {

    static final String USER = "handlaggare";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"caseVersion\"\\s+value=\"(\\d+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Runs {@code users} people for {@code warmup} unrecorded, then {@code duration} recorded, into {@code stats}. */
    void run(int users, Duration warmup, Duration duration, Stats stats) throws InterruptedException {
        List<String> cases = cases(users);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            Person person = new Person(cases.get(i));
            person.signIn();
            people.add(person);
        }
        System.out.printf("%d users signed in to %s%n", users, portal);
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(users);
        for (Person person : people) {
            Thread thread = new Thread(() -> {
                try {
                    while (running.get()) {
                        person.cycle(stats);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "portal-user");
            thread.setDaemon(true);
            thread.start();
        }
        System.out.printf("Warm-up: %s with %d portal users (not recorded)%n", LoadOptions.text(warmup), users);
        Thread.sleep(warmup.toMillis());
        stats.recording(true);
        System.out.printf("Measuring: %s with %d portal users, %s think time%n", LoadOptions.text(duration), users,
                          LoadOptions.text(think));
        Thread.sleep(duration.toMillis());
        stats.recording(false);
        running.set(false);
        done.await();
    }

    /** One registered case in preparation per user, made through case-service's API. */
    private List<String> cases(int users) {
        List<String> ids = new ArrayList<>();
        String c = services.cases();
        try (Client client = new Client(4)) {
            for (int i = 0; i < users; i++) {
                Client.Reply received = expect(client.sendAndWait("POST", c + "/api/cases", "registrator", """
                        {"subject": "Portallast %d: diskdesinfektor", "caseType": "OTHER", "channel": "FORM",
                         "submitter": {"name": "Eva Ek"}, "receivedOn": "%s"}""".formatted(i, LocalDate.now())));
                String id = received.json().path("id").asText();
                expect(client.sendAndWait("POST", c + "/api/cases/" + id + "/registration", "registrator",
                        "{\"classification\": \"Övrigt\"}"));
                expect(client.sendAndWait("POST", c + "/api/cases/" + id + "/preparation", USER,
                        "{\"caseOfficer\": \"" + USER + "\"}"));
                ids.add(id);
            }
        }
        return ids;
    }

    private static Client.Reply expect(Client.Reply reply) {
        if (!reply.ok()) {
            throw new IllegalStateException("Preparing the portal mix's cases: " + reply.status() + " " + reply.body());
        }
        return reply;
    }

    /** One person in a browser: a cookie jar (the portal's session and the sign-in service's), one case. */
    private final class Person {
        private final String caseId;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient signingIn = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        private final HttpClient browsing = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private long notes;

        Person(String caseId) {
            this.caseId = caseId;
        }

        /** The portal sends an unknown browser to the login form; its answer leads back to the start page. */
        void signIn() throws InterruptedException {
            HttpResponse<String> form = send(signingIn, HttpRequest.newBuilder(URI.create(portal + "/")).GET());
            String csrf = find(CSRF, form.body(), "the login form's CSRF token at " + form.uri());
            HttpResponse<String> signedIn = send(signingIn, HttpRequest.newBuilder(form.uri().resolve("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", USER, "password", USER,
                            "_csrf", csrf)))));
            if (signedIn.statusCode() != 200 || !signedIn.uri().toString().startsWith(portal)) {
                throw new IllegalStateException("Signing in as " + USER + " ended at " + signedIn.uri() + " with "
                        + signedIn.statusCode());
            }
        }

        /** Start page, case list, case page, note form, note sent. */
        void cycle(Stats stats) throws InterruptedException {
            page(stats, "GET / (Mitt arbete)", "/");
            page(stats, "GET /arenden", "/arenden");
            page(stats, "GET /arenden/{id}", "/arenden/" + caseId);
            String form = page(stats, "GET /arenden/{id}/anteckning", "/arenden/" + caseId + "/anteckning");
            if (form == null) {
                return;
            }
            Matcher csrf = CSRF.matcher(form);
            Matcher version = VERSION.matcher(form);
            if (!csrf.find() || !version.find()) {
                stats.record("POST /arenden/{id}/anteckning", System.nanoTime(), new Client.Reply(-1,
                        "the note form had no CSRF token or case version"));
                return;
            }
            long start = System.nanoTime();
            HttpResponse<String> sent = sendQuietly(HttpRequest.newBuilder(URI.create(portal + "/arenden/" + caseId
                    + "/anteckning")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("text", "Portallast, anteckning "
                            + (++notes), "caseVersion", version.group(1), "_csrf", csrf.group(1))))));
            // Saved: post/redirect/get back to the case page. Anything else (the form again, 409) is an error.
            boolean saved = sent != null && sent.statusCode() == 302
                    && sent.headers().firstValue("Location").orElse("").endsWith("/arenden/" + caseId);
            stats.record("POST /arenden/{id}/anteckning", start, new Client.Reply(saved ? 200
                    : sent == null ? -1 : sent.statusCode(), sent == null ? "no answer" : sent.body()));
            Thread.sleep(think.toMillis());
        }

        /** A page, timed; null when it did not come (recorded as an error). */
        private String page(Stats stats, String name, String path) throws InterruptedException {
            long start = System.nanoTime();
            HttpResponse<String> answer = sendQuietly(HttpRequest.newBuilder(URI.create(portal + path)).GET());
            stats.record(name, start, answer == null ? new Client.Reply(-1, "no answer")
                    : new Client.Reply(answer.statusCode(), answer.statusCode() == 200 ? "" : answer.body()));
            Thread.sleep(think.toMillis());
            return answer != null && answer.statusCode() == 200 ? answer.body() : null;
        }

        private HttpResponse<String> sendQuietly(HttpRequest.Builder request) throws InterruptedException {
            try {
                return browsing.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                return null;
            }
        }
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
            throws InterruptedException {
        try {
            return client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Signing in: " + e, e);
        }
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("Found no " + what);
        }
        return m.group(1);
    }

    private static String form(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    /** The figures per page, as Markdown. */
    static String render(int users, Duration think, Duration duration, Stats stats, Double portalRssMb) {
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "## Portal mix: %d signed-in users, %s think time, %s measured%n%n", users, LoadOptions.text(think),
                LoadOptions.text(duration)));
        md.append("| Page | Requests | Errors | p50 ms | p95 ms | p99 ms | max ms |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        List<Stats.Row> rows = new ArrayList<>(stats.rows());
        rows.add(stats.total());
        for (Stats.Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", r.endpoint(),
                    r.count(), r.errors(), r.p50Ms(), r.p95Ms(), r.p99Ms(), r.maxMs()));
        }
        stats.errorSamples().forEach(sample -> md.append("\n- error: ").append(sample));
        if (portalRssMb != null) {
            md.append(String.format(Locale.ROOT, "%nPortal JVM resident after the run: %.0f MB%n", portalRssMb));
        }
        return md.append('\n').toString();
    }
}
