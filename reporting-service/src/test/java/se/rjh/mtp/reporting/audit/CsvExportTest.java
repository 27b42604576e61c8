package se.rjh.mtp.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.reporting.view.AuditTrailEntry;

class CsvExportTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        assertThat(CsvExport.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvExport.cell("+1")).isEqualTo("'+1");
        assertThat(CsvExport.cell("-1")).isEqualTo("'-1");
        assertThat(CsvExport.cell("@x")).isEqualTo("'@x");
        assertThat(CsvExport.cell("vanlig text")).isEqualTo("vanlig text");
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(CsvExport.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvExport.cell("säg \"hej\"")).isEqualTo("\"säg \"\"hej\"\"\"");
        assertThat(CsvExport.cell("rad1\nrad2")).isEqualTo("\"rad1\nrad2\"");
        assertThat(CsvExport.cell("=a,b")).isEqualTo("\"'=a,b\"");
    }

    @Test
    void oneLinePerEntryUnderTheHeader() {
        AuditTrailEntry entry = new AuditTrailEntry(null, "2026-03-02T08:00:00Z", null, null, null, 3, null, "=cmd",
                null, new Document("subject", "x"), null);
        String csv = CsvExport.toCsv(List.of(entry));
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv.split("\r\n")[1]).isEqualTo("2026-03-02T08:00:00Z,,,,3,,'=cmd,,,,\"{\"\"subject\"\": \"\"x\"\"}\"");
    }
}
