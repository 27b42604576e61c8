package se.rjh.mtp.reporting.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Reporting never holds a marked case's key: what case-service encrypted it shows as [Skyddat], at any depth. */
class RecordsShownPayloadTest {

    private static final String SEALED = "enc:v1:AAECAwQFBgcICQoLDA0ODw==";

    @Test
    void encryptedTextIsShownAsTheMaskWhileTheStoredPayloadStaysAsStored() {
        Document payload = new Document("caseId", "c1").append("subject", SEALED)
                .append("submitter", new Document("name", SEALED).append("unit", null))
                .append("followUps", List.of(new Document("followUpId", "f1").append("description", SEALED)))
                .append("decidedOn", "2026-11-27");
        Document record = new Document("payload", payload);

        Document shown = Records.shownPayload(record);
        assertThat(shown.getString("subject")).isEqualTo("[Skyddat]");
        assertThat(shown.get("submitter", Document.class).getString("name")).isEqualTo("[Skyddat]");
        assertThat(shown.get("submitter", Document.class).containsKey("unit")).isTrue();
        assertThat(shown.getList("followUps", Document.class).get(0).getString("description"))
                .isEqualTo("[Skyddat]");
        assertThat(shown.getList("followUps", Document.class).get(0).getString("followUpId")).isEqualTo("f1");
        assertThat(shown.getString("caseId")).isEqualTo("c1");
        assertThat(shown.getString("decidedOn")).isEqualTo("2026-11-27");
        assertThat(shown.toJson()).doesNotContain("enc:v1:");

        assertThat(Records.text(record, "subject")).isEqualTo("[Skyddat]");
        assertThat(Records.text(record, "caseId")).isEqualTo("c1");
        assertThat(Records.payload(record).getString("subject")).isEqualTo(SEALED);
    }
}
