package se.rjh.mtp.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import se.rjh.mtp.testsupport.TestHttp;

/** The usual way through document control over HTTP, for tests that need a published guideline. */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** handlaggare drafts, lag reviews, ordforande approves and publishes; returns the document number. */
    public static String publishNew(RunningGuidelineService service, String title, int intervalMonths,
                                    String validFrom, String content) {
        TestHttp.Response created = TestHttp.post(service.url("/api/guidelines"), "handlaggare", """
                {"kind": "GUIDELINE", "title": %s, "scope": "Hela regionen", "ownerGroup": "LSG MTP",
                 "processOwner": "Medicinteknik", "reviewIntervalMonths": %d, "caseNumber": "MTP/3/2026",
                 "regulationReferences": [{"framework": "MDR", "provision": "5(5)"},
                                          {"framework": "HSLF_FS_2021_52", "provision": "5"}],
                 "content": %s, "changeSummary": "Första utgåvan"}
                """.formatted(TestHttp.quote(title), intervalMonths, TestHttp.quote(content)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String number = created.json().get("documentNumber").asText();
        approveAndPublish(service, number, 1, validFrom);
        return number;
    }

    public static void approveAndPublish(RunningGuidelineService service, String number, int version, String validFrom) {
        String base = "/api/guidelines/" + number + "/versions/" + version;
        ok(TestHttp.post(service.url(base + "/submission"), "handlaggare", "{\"reviewers\": [\"lag\"]}"));
        ok(TestHttp.post(service.url(base + "/verdicts"), "lag", "{\"verdict\": \"APPROVE\"}"));
        ok(TestHttp.post(service.url(base + "/approval"), "ordforande", ""));
        ok(TestHttp.post(service.url(base + "/publication"), "ordforande", "{\"validFrom\": \"" + validFrom + "\"}"));
    }

    public static TestHttp.Response ok(TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }
}
