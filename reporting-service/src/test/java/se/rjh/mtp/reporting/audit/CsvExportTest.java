package se.rjh.mtp.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.reporting.view.AuditTrailCsv;
import se.rjh.mtp.api.reporting.view.AuditTrailEntry;

class CsvExportTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        assertCells(Map.of(
                "=SUM(A1)", "'=SUM(A1)",
                "+1", "'+1",
                "-1", "'-1",
                "@x", "'@x",
                "vanlig text", "vanlig text"));
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertCells(Map.of(
                "a,b", "\"a,b\"",
                "säg \"hej\"", "\"säg \"\"hej\"\"\"",
                "rad1\nrad2", "\"rad1\nrad2\"",
                "=a,b", "\"'=a,b\""));
    }

    @Test
    void oneLinePerEntryUnderTheHeader() {
        AuditTrailEntry entry = new AuditTrailEntry(null, "2026-03-02T08:00:00Z", null, null, null, 3, null, "=cmd",
                null, new Document("subject", "x"), null);
        String csv = CsvExport.toCsv(List.of(entry));
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv.split("\r\n")[1]).isEqualTo("2026-03-02T08:00:00Z,,,,3,,'=cmd,,,,\"{\"\"subject\"\": \"\"x\"\"}\"");
    }

    /** Each cell as given, and as it must be written. */
    private static void assertCells(Map<String, String> written) {
        written.forEach((cell, expected) -> assertThat(AuditTrailCsv.cell(cell)).as(cell).isEqualTo(expected));
    }
}
