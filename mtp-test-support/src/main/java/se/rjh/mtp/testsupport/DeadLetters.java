package se.rjh.mtp.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import se.rjh.mtp.platform.deadletter.DeadLetterController;

/** A started service's dead-letter queues, read over its admin API as the demo admin. */
public final class DeadLetters {

    private DeadLetters() {
    }

    /** The letter parked for {@code aggregateId} in the queue of processing group {@code group}, or null. */
    public static JsonNode letterOf(TestHttp.Api http, String group, String aggregateId) {
        TestHttp.Response queues = http.get(DeadLetterController.PATH, "admin");
        if (queues.status() != 200) {
            throw new AssertionError("dead-letter queues not listed: " + queues.status() + " " + queues.body());
        }
        for (JsonNode sequence : queues.json().path(group).path("sequences")) {
            for (JsonNode letter : sequence) {
                if (aggregateId.equals(letter.path("aggregateId").asText())) {
                    return letter;
                }
            }
        }
        return null;
    }
}
