package se.rjh.mtp.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.rjh.mtp.api.common.PersonalIdentityNumberGuard;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Every free-text field of every request body of every service (found in the services' OpenAPI documents) refuses
 * personal identity and coordination numbers in every spelling, naming the field and never the number; the
 * look-alikes pass. Each corpus text is sent into several fields and each field gets several spellings; the whole
 * corpus also goes through the guard directly.
 */
@ExtendWith(AllServices.class)
class PersonalIdentityNumberTest {

    private static final String REASON = "personal identity number";
    private static final int NUMBERS_PER_FIELD = 4;
    private static final int LOOK_ALIKES_PER_FIELD = 1;

    record Target(StartedService service, ApiCatalog.Endpoint endpoint, ApiCatalog.Field field) {
    }

    /** One text sent into one field: a number that must be refused, or a look-alike that must pass. */
    record Sent(Target target, String text, boolean isNumber) {
    }

    @Test
    void everyFreeTextFieldRefusesIdentityNumbersAndPassesLookAlikes() {
        List<String> numbers = PersonalIdentityNumberCorpus.identityNumberTexts();
        List<String> lookAlikes = PersonalIdentityNumberCorpus.lookAlikes();
        long guardHits = numbers.stream().filter(PersonalIdentityNumberGuard::containsPersonalIdentityNumber).count();
        long guardAlarms = lookAlikes.stream().filter(PersonalIdentityNumberGuard::containsPersonalIdentityNumber).count();

        List<Target> targets = freeTextFields();
        List<String> misses = new ArrayList<>();
        List<String> alarms = new ArrayList<>();
        int rounds = Math.max(NUMBERS_PER_FIELD, (numbers.size() + targets.size() - 1) / targets.size());
        List<Sent> sent = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            for (int k = 0; k < rounds; k++) {
                // Consecutive texts are the same number's different spellings: each field gets several of them.
                sent.add(new Sent(targets.get(t), numbers.get((t * rounds + k) % numbers.size()), true));
            }
            for (int k = 0; k < LOOK_ALIKES_PER_FIELD; k++) {
                sent.add(new Sent(targets.get(t), lookAlikes.get((t * LOOK_ALIKES_PER_FIELD + k) % lookAlikes.size()), false));
            }
        }
        List<TestHttp.Response> answers = Parallel.map(sent, s -> send(s.target(), s.text()));
        int sentNumbers = 0;
        int sentLookAlikes = 0;
        for (int i = 0; i < sent.size(); i++) {
            Sent s = sent.get(i);
            TestHttp.Response answer = answers.get(i);
            String where = s.target().service().name() + " " + s.target().endpoint().key() + " " + s.target().field().path();
            if (s.isNumber()) {
                sentNumbers++;
                if (!refusedForIdentityNumber(answer, s.target().field().path()) || answer.body().contains(digitsOf(s.text()))) {
                    misses.add(where + " let through or echoed '" + s.text() + "': " + answer);
                }
            } else {
                sentLookAlikes++;
                if (answer.body().contains(REASON) || answer.status() >= 500) {
                    alarms.add(where + " refused the look-alike '" + s.text() + "': " + answer);
                }
            }
        }
        System.out.printf("%nPersonal identity numbers: corpus of %d texts (%d numbers × 6 spellings) and %d look-alikes%n",
                numbers.size(), PersonalIdentityNumberCorpus.numbers().size(), lookAlikes.size());
        System.out.printf("  guard directly: hits %d/%d (%.1f %%), false alarms %d/%d (%.1f %%)%n", guardHits, numbers.size(),
                100.0 * guardHits / numbers.size(), guardAlarms, lookAlikes.size(), 100.0 * guardAlarms / lookAlikes.size());
        System.out.printf("  over HTTP, %d free-text fields of %d services: hits %d/%d (%.1f %%), false alarms %d/%d (%.1f %%)%n",
                targets.size(), AllServices.services().size(), sentNumbers - misses.size(), sentNumbers,
                100.0 * (sentNumbers - misses.size()) / sentNumbers, alarms.size(), sentLookAlikes,
                100.0 * alarms.size() / sentLookAlikes);
        misses.stream().limit(30).forEach(System.out::println);
        alarms.stream().limit(30).forEach(System.out::println);

        assertThat(guardHits).as("guard hits on the corpus").isEqualTo(numbers.size());
        assertThat(guardAlarms).as("guard false alarms on the look-alikes").isZero();
        assertThat(targets.size()).as("free-text fields found").isGreaterThan(40);
        assertThat(misses).as("identity numbers let through").isEmpty();
        assertThat(alarms).as("look-alikes refused").isEmpty();
    }

    /** Every free-text leaf of every request body, with the endpoint and a role that may call it. */
    private static List<Target> freeTextFields() {
        List<Target> targets = new ArrayList<>();
        for (StartedService service : AllServices.services().values()) {
            for (ApiCatalog.Endpoint endpoint : ApiCatalog.endpoints(service)) {
                if (endpoint.body() == null) {
                    continue;
                }
                for (ApiCatalog.Field field : ApiCatalog.leaves(endpoint.body())) {
                    if (field.isFreeText()) {
                        targets.add(new Target(service, endpoint, field));
                    }
                }
            }
        }
        return targets;
    }

    /** The endpoint's plausible body with the text in the one field; path ids exist nowhere. */
    private static TestHttp.Response send(Target target, String text) {
        ObjectNode body = ApiCatalog.with((ObjectNode) ApiCatalog.sample(target.endpoint().body()), target.field().where(),
                ApiCatalog.NODES.textNode(text));
        String user = RoleMatrix.allowedUser(RoleMatrix.rowFor(target.service().name(), target.endpoint().method(),
                target.endpoint().path()).orElseThrow());
        return TestHttp.request(target.endpoint().method(), target.service().baseUrl() + target.endpoint().bogusPath())
                .as(user).json(body.toString()).send();
    }

    private static boolean refusedForIdentityNumber(TestHttp.Response answer, String field) {
        if (answer.status() != 400 || !answer.isProblem()) {
            return false;
        }
        for (JsonNode error : answer.json().path("errors")) {
            if (error.path("field").asText().equals(field) && error.path("reason").asText().contains(REASON)) {
                return true;
            }
        }
        return false;
    }

    /** The number's digits as written (with its separator), so an echo in any answer is found. */
    private static String digitsOf(String text) {
        return text.replaceAll("^[^0-9]*", "").replaceAll("[^0-9+-].*$", "");
    }
}
