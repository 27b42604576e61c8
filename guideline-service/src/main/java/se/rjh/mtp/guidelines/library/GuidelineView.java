package se.rjh.mtp.guidelines.library;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.rjh.mtp.api.guidelines.GuidelineKind;

/** A guideline with its whole version history, as read from its events. */
@Schema(name = "Guideline", description = "A guideline (riktlinje, vägledning or rutin) and every version it has had")
public class GuidelineView {

    public String documentNumber;
    public GuidelineKind kind;
    public String title;
    public String scope;
    public String ownerGroup;
    public String processOwner;
    public List<RegulationReferenceView> regulationReferences = new ArrayList<>();
    public int reviewIntervalMonths;
    @Schema(description = "diarienummer of the case the guideline is tied to")
    public String caseNumber;
    public boolean retired;
    public String retiredReason;
    public LocalDate retiredOn;
    @Schema(description = "the version now valid, or null when none is published")
    public Integer publishedVersion;
    public LocalDate nextReviewDate;
    @Schema(description = "the published version whose review date has been reached and reported")
    public Integer reviewDueRaisedFor;
    public List<CaseRequest> revisionRequests = new ArrayList<>();
    public List<CaseRequest> regulatoryFlags = new ArrayList<>();
    public List<VersionView> versions = new ArrayList<>();

    VersionView version(int number) {
        return versions.stream().filter(v -> v.versionNumber == number).findFirst().orElse(null);
    }

    @Schema(name = "RegulationReferenceView")
    public record RegulationReferenceView(String framework, String provision, String label) {
    }

    @Schema(name = "CaseRequest", description = "A case decision that asked for a revision or flagged a regulation change")
    public record CaseRequest(String caseId, String caseNumber, String followUpId, String text) {
    }

    @Schema(name = "GuidelineVersion")
    public static class VersionView {
        public int versionNumber;
        public String status;
        public String content;
        public String changeSummary;
        public String author;
        public List<String> authors = new ArrayList<>();
        public Integer basedOn;
        public List<String> reviewers = new ArrayList<>();
        public List<Verdict> verdicts = new ArrayList<>();
        public String approvedBy;
        public LocalDate approvedOn;
        public LocalDate validFrom;
        public LocalDate validTo;
        public LocalDate nextReviewDate;
    }

    @Schema(name = "ReviewVerdictView")
    public record Verdict(String reviewer, String verdict, String comment) {
    }
}
