package se.rjh.mtp.reporting.distributions;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import se.rjh.mtp.api.groups.AcknowledgementResponse;
import se.rjh.mtp.api.groups.DistributionSubjectKind;
import se.rjh.mtp.api.groups.view.AcknowledgementStatus;
import se.rjh.mtp.api.reporting.view.DistributionsReport;
import se.rjh.mtp.reporting.readmodel.Records;

/** The distributions report from {@link DistributionRows}: newest distribution first, units in the order asked. */
public final class DistributionFigures {

    private DistributionFigures() {
    }

    public static DistributionsReport compute(List<Document> rows) {
        return new DistributionsReport(rows.stream().map(DistributionFigures::row)
                .sorted(Comparator.comparing(DistributionsReport.Row::distributedOn,
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(DistributionsReport.Row::distributionId))
                .toList());
    }

    private static DistributionsReport.Row row(Document d) {
        List<DistributionsReport.UnitRow> units = d.getList("units", Document.class, List.of()).stream()
                .map(u -> new DistributionsReport.UnitRow(u.getString("unitId"), u.getString("unitName"),
                        AcknowledgementStatus.valueOf(u.getString("status")),
                        u.getString("response") == null ? null : AcknowledgementResponse.valueOf(u.getString("response")),
                        u.getString("acknowledgedAt") == null ? null : Instant.parse(u.getString("acknowledgedAt"))))
                .toList();
        return new DistributionsReport.Row(String.valueOf(d.get("_id")),
                d.getString("subjectKind") == null ? null : DistributionSubjectKind.valueOf(d.getString("subjectKind")),
                d.getString("subjectReference"), d.getString("subjectTitle"), Records.date(d.getString("distributedOn")),
                Records.date(d.getString("acknowledgeBy")), units.size(),
                count(units, AcknowledgementStatus.ACKNOWLEDGED), count(units, AcknowledgementStatus.OVERDUE), units);
    }

    private static int count(List<DistributionsReport.UnitRow> units, AcknowledgementStatus status) {
        return (int) units.stream().filter(u -> u.status() == status).count();
    }
}
