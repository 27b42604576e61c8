package se.rjh.mtp.bench.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * The traffic mix. Each scheduled slot picks an operation by weight; an operation that needs an object in a
 * certain state (a RECEIVED case to register, an ISSUED assignment to accept ...) takes one from a queue that
 * earlier responses filled, or falls back to the operation that creates such objects. {@link #fire} is synchronized
 * (the open loop's scheduler calls it alone, the closed loop's clients share it and its random source); responses
 * arrive on HTTP threads.
 */
final class Workload {

    /** Weights sum to 100: 39 % commands, 61 % queries. */
    enum Op {
        INTAKE(8), REGISTER(7), PREPARE(6), NOTE(4), CONSULT(4), ANSWER(3), DRAFT_GUIDELINE(1), EDIT_DRAFT(2),
        ISSUE_ASSIGNMENT(2), ACCEPT_ASSIGNMENT(2),
        LIST_CASES(10), GET_CASE(14), PIPELINE(8), REPORT_CASE(7), LIST_GUIDELINES(6), GET_GUIDELINE(5),
        LIST_ASSIGNMENTS(6), GET_ASSIGNMENT(5);

        final int weight;

        Op(int weight) {
            this.weight = weight;
        }
    }

    private static final List<String> LAGS = List.of("lag-tillverkning-sakerhet", "lag-ordnat-inforande");
    private static final int DRAFT_RETRIES = 10;

    private final Targets urls;
    private final Client client;
    private volatile Stats stats;
    private volatile LagProbe lag;
    private final int lagSample;
    private final SplittableRandom random;
    private final Queue<String> received = new ConcurrentLinkedQueue<>();
    private final Queue<String> registered = new ConcurrentLinkedQueue<>();
    private final Queue<String> preparing = new ConcurrentLinkedQueue<>();
    private final Queue<String[]> consulting = new ConcurrentLinkedQueue<>();
    private final Queue<String> drafts = new ConcurrentLinkedQueue<>();
    private final Queue<String> issued = new ConcurrentLinkedQueue<>();
    private final Recent cases = new Recent();
    private final Recent guidelines = new Recent();
    private final Recent assignments = new Recent();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong intakes = new AtomicLong();

    Workload(Targets urls, Client client, Stats stats, LagProbe lag, int lagSample, long seed) {
        this.urls = urls;
        this.client = client;
        this.stats = stats;
        this.lag = lag;
        this.lagSample = lagSample;
        this.random = new SplittableRandom(seed);
    }

    /**
     * Where answers and followed intakes go from now on (open loop, then each closed-loop step). Call only while no
     * request is in flight, or late answers land in the new figures.
     */
    void measureInto(Stats stats, LagProbe lag) {
        this.stats = stats;
        this.lag = lag;
    }

    /** Sends one request for the slot scheduled at {@code scheduledNanos}. */
    synchronized CompletableFuture<?> fire(long scheduledNanos, boolean followLag) {
        int pick = random.nextInt(100);
        for (Op op : Op.values()) {
            pick -= op.weight;
            if (pick < 0) {
                return run(op, scheduledNanos, followLag);
            }
        }
        throw new IllegalStateException("weights do not sum to 100");
    }

    private CompletableFuture<?> run(Op op, long t, boolean followLag) {
        String c = urls.cases();
        long n = sequence.incrementAndGet();
        switch (op) {
            case REGISTER -> {
                return takeOrMake(received.poll(), Op.INTAKE, t, followLag, id ->
                        call("POST /api/cases/{id}/registration", t, "POST", c + "/api/cases/" + id + "/registration",
                                "registrator", "{\"classification\": \"Övrigt\"}", r -> registered.add(id)));
            }
            case PREPARE -> {
                return takeOrMake(registered.poll(), Op.REGISTER, t, followLag, id ->
                        call("POST /api/cases/{id}/preparation", t, "POST", c + "/api/cases/" + id + "/preparation",
                                "handlaggare", "{\"caseOfficer\": \"handlaggare\"}", r -> preparing.add(id)));
            }
            case NOTE, CONSULT -> {
                return takeOrMake(preparing.poll(), Op.PREPARE, t, followLag, id -> {
                    if (op == Op.NOTE) {
                        return call("POST /api/cases/{id}/notes", t, "POST", c + "/api/cases/" + id + "/notes",
                                    "handlaggare", "{\"text\": \"Anteckning " + n + ": kontakta leverantören\"}",
                                    r -> preparing.add(id));
                    }
                    return call("POST /api/cases/{id}/consultations", t, "POST", c + "/api/cases/" + id + "/consultations",
                                "handlaggare", "{\"body\": \"PATIENT_SAFETY\", \"question\": \"Synpunkter?\", \"dueDate\": \""
                                               + LocalDate.now().plusDays(21) + "\"}",
                                r -> consulting.add(new String[]{id, r.json().path("consultationId").asText()}));
                });
            }
            case ANSWER -> {
                return takeOrMake(consulting.poll(), Op.CONSULT, t, followLag, pending ->
                        call("POST /api/cases/{id}/consultations/{cid}/answer", t, "POST",
                                c + "/api/cases/" + pending[0] + "/consultations/" + pending[1] + "/answer", "handlaggare",
                                "{\"answer\": \"Inga invändningar\"}", r -> { }));
            }
            case INTAKE -> {
                boolean sampled = followLag && intakes.incrementAndGet() % lagSample == 0;
                return call("POST /api/cases", t, "POST", c + "/api/cases", "registrator", """
                        {"subject": "Lasttest %d: infusionspump", "caseType": "OTHER", "channel": "FORM",
                         "submitter": {"name": "Eva Ek", "unit": "IVA Östersund", "email": "eva.ek@example.se"},
                         "receivedOn": "%s"}""".formatted(n, LocalDate.now()), r -> {
                    String id = r.json().path("id").asText();
                    if (sampled) {
                        lag.follow(id, System.nanoTime());
                    }
                    received.add(id);
                    cases.add(id);
                });
            }
            case DRAFT_GUIDELINE -> {
                String body = """
                        {"kind": "GUIDELINE", "title": "Lasttest riktlinje %d", "scope": "Hela regionen",
                         "ownerGroup": "LSG MTP", "reviewIntervalMonths": 12,
                         "content": "# Riktlinje\\n\\nText.", "changeSummary": "Första utkastet"}""".formatted(n);
                return recorded("POST /api/guidelines", t, retryConflicts("POST /api/guidelines",
                        () -> client.send("POST", urls.guidelines() + "/api/guidelines", "handlaggare", body),
                        DRAFT_RETRIES), created("documentNumber", drafts, guidelines));
            }
            case EDIT_DRAFT -> {
                return takeOrMake(drafts.poll(), Op.DRAFT_GUIDELINE, t, followLag, number ->
                        call("PUT /api/guidelines/{n}/versions/1/content", t, "PUT",
                                urls.guidelines() + "/api/guidelines/" + number + "/versions/1/content", "handlaggare",
                                "{\"content\": \"# Riktlinje\\n\\nReviderad text " + n + ".\", \"changeSummary\": \"Språk\"}",
                                r -> drafts.add(number)));
            }
            case ISSUE_ASSIGNMENT -> {
                return call("POST /api/assignments", t, "POST", urls.groups() + "/api/assignments", "ordforande", """
                        {"groupId": "%s", "title": "Lasttest uppdrag %d", "description": "Ta fram underlag",
                         "deliverables": ["Rapport"], "dueDate": "%s"}""".formatted(LAGS.get((int) (n % 2)), n,
                        LocalDate.now().plusMonths(2)), created("id", issued, assignments));
            }
            case ACCEPT_ASSIGNMENT -> {
                return takeOrMake(issued.poll(), Op.ISSUE_ASSIGNMENT, t, followLag, id ->
                        call("POST /api/assignments/{id}/accept", t, "POST",
                                urls.groups() + "/api/assignments/" + id + "/accept", "lag", null, r -> { }));
            }
            case LIST_CASES -> {
                String step = List.of("RECEIVED", "REGISTERED", "IN_PREPARATION", "IN_CONSULTATION").get((int) (n % 4));
                return call("GET /api/cases?step=..", t, "GET", c + "/api/cases?step=" + step + "&size=20",
                            "handlaggare", null, r -> { });
            }
            case GET_CASE -> {
                return takeOrMake(cases.pick(random), Op.PIPELINE, t, followLag, id ->
                        call("GET /api/cases/{id}", t, "GET", c + "/api/cases/" + id, "handlaggare", null, r -> { }));
            }
            case REPORT_CASE -> {
                // a recent case may not have reached reporting yet: only ask for ones old enough
                return takeOrMake(cases.pickOld(random), Op.PIPELINE, t, followLag, id ->
                        call("GET /api/reports/cases/{id}", t, "GET", urls.reporting() + "/api/reports/cases/" + id,
                             "revisor", null, r -> { }));
            }
            case PIPELINE -> {
                return call("GET /api/reports/pipeline", t, "GET", urls.reporting() + "/api/reports/pipeline",
                            "revisor", null, r -> { });
            }
            case LIST_GUIDELINES -> {
                return call("GET /api/guidelines", t, "GET", urls.guidelines() + "/api/guidelines", "lag", null,
                            r -> { });
            }
            case GET_GUIDELINE -> {
                return takeOrMake(guidelines.pick(random), Op.LIST_GUIDELINES, t, followLag, number ->
                        call("GET /api/guidelines/{n}", t, "GET", urls.guidelines() + "/api/guidelines/" + number,
                                "lag", null, r -> { }));
            }
            case LIST_ASSIGNMENTS -> {
                return call("GET /api/assignments?groupId=..", t, "GET", urls.groups() + "/api/assignments?groupId="
                            + LAGS.get((int) (n % 2)) + "&status=ISSUED", "lag", null, r -> { });
            }
            case GET_ASSIGNMENT -> {
                // the assignment view is a read model too: fed by events, it may not hold a brand-new one yet
                return takeOrMake(assignments.pickOld(random), Op.LIST_ASSIGNMENTS, t, followLag, id ->
                        call("GET /api/assignments/{id}", t, "GET", urls.groups() + "/api/assignments/" + id, "lag",
                                null, r -> { }));
            }
            default -> throw new IllegalStateException(op.name());
        }
    }

    /**
     * The operation on an object an earlier response made ({@code taken}), or, while there is none, the operation
     * that makes such objects.
     */
    private <T> CompletableFuture<?> takeOrMake(T taken, Op maker, long t, boolean followLag,
                                                Function<T, CompletableFuture<?>> operation) {
        return taken == null ? run(maker, t, followLag) : operation.apply(taken);
    }

    private CompletableFuture<?> call(String endpoint, long scheduledNanos, String method, String url, String user,
                                      String json, java.util.function.Consumer<Client.Reply> onSuccess) {
        return recorded(endpoint, scheduledNanos, client.send(method, url, user, json), onSuccess);
    }

    /** What a created resource's reply gives: its id (in {@code field}), for the next step's pool and for reading. */
    private static java.util.function.Consumer<Client.Reply> created(String field, Queue<String> next, Recent all) {
        return reply -> {
            String id = reply.json().path(field).asText();
            next.add(id);
            all.add(id);
        };
    }

    /** Records the reply under the endpoint; on success hands it on. */
    private CompletableFuture<?> recorded(String endpoint, long scheduledNanos, CompletableFuture<Client.Reply> sent,
                                          java.util.function.Consumer<Client.Reply> onSuccess) {
        return sent.thenAccept(reply -> {
            stats.record(endpoint, scheduledNanos, reply);
            if (reply.ok()) {
                onSuccess.accept(reply);
            }
        });
    }

    /** Guideline numbers come from one series aggregate: two drafts at once get 409 by design, and are retried. */
    private CompletableFuture<Client.Reply> retryConflicts(String endpoint,
                                                           java.util.function.Supplier<CompletableFuture<Client.Reply>> send,
                                                           int retriesLeft) {
        return send.get().thenCompose(reply -> {
            if (reply.status() == 409 && retriesLeft > 0) {
                stats.conflictRetried(endpoint);
                return retryConflicts(endpoint, send, retriesLeft - 1);
            }
            return CompletableFuture.completedFuture(reply);
        });
    }

    /**
     * The latest ids, each with when it was added. {@link #pickOld} gives only ids at least {@link #SETTLED} old, so
     * that a read model fed by events is asked only for what it had time to receive; a 404 there is a real error.
     */
    private static final class Recent {
        private static final long SETTLED = TimeUnit.SECONDS.toNanos(5);
        private final AtomicReferenceArray<String> ids = new AtomicReferenceArray<>(2000);
        private final AtomicLongArray addedAt = new AtomicLongArray(2000);
        private final AtomicLong added = new AtomicLong();

        void add(String id) {
            int slot = (int) (added.getAndIncrement() % ids.length());
            // A reader may meet the slot before both are set: it gets an older id or none, both harmless.
            addedAt.set(slot, System.nanoTime());
            ids.set(slot, id);
        }

        String pick(SplittableRandom random) {
            long size = Math.min(added.get(), ids.length());
            return size == 0 ? null : ids.get(random.nextInt((int) size));
        }

        /** A random id added at least {@link #SETTLED} ago, or null while there is none. */
        String pickOld(SplittableRandom random) {
            long total = added.get();
            long size = Math.min(total, ids.length());
            long now = System.nanoTime();
            // newest first: count back until the ids are old enough
            long young = 0;
            while (young < size && now - addedAt.get((int) ((total - 1 - young) % ids.length())) < SETTLED) {
                young++;
            }
            long old = size - young;
            if (old <= 0) {
                return null;
            }
            return ids.get((int) ((total - 1 - young - random.nextLong(old)) % ids.length()));
        }
    }
}
