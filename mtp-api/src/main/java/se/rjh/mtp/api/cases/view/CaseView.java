package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.REGISTRATION;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.rjh.mtp.api.cases.CaseOrigin;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.cases.InHouseCondition;
import se.rjh.mtp.api.cases.InHouseConditionCode;
import se.rjh.mtp.api.cases.SecrecyMarking;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.common.ProtectedText;

/**
 * A case as it stands now, folded from all its events. Sections appear once the event that fills them has happened; on
 * a secrecy-marked case, every {@link ProtectedText} field is masked as the reader's role requires.
 */
@Schema(description = "A case as it stands now, folded from all its events. Sections appear once the event that fills "
        + "them has happened. On a secrecy-marked case every free text reads [Skyddat] for a LAG member, and every "
        + "preparation text (notes, documents, consultations, risk, proposal, decision, follow-ups) for the "
        + "registrar.")
public record CaseView(
        @Schema(description = "The case id.") String id,
        @Schema(description = "The diarienummer; null before registration.") String caseNumber,
        @Schema(description = "The step the case is in.") CaseStep step,
        @Schema(description = "When the latest event was stored.") Instant lastChangedAt,
        @Schema(description = "The subject, or [Skyddat].") @ProtectedText(REGISTRATION) String subject,
        @Schema(description = "The description, or [Skyddat].") @ProtectedText(REGISTRATION) String description,
        @Schema(description = "The case type.") CaseType caseType,
        @Schema(description = "How the matter arrived.") Channel channel,
        @Schema(description = "Who submitted it, or [Skyddat] in every given field.")
        @ProtectedText(REGISTRATION)
        Submitter submitter,
        @Schema(description = "When it was received.") LocalDate receivedOn,
        @Schema(description = "The LAG question the case was opened for, if any.") CaseOrigin origin,
        @Schema(description = "The classification; from registration on.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String classification,
        @Schema(description = "The device concerned, if any; present from registration on.") Device device,
        @Schema(description = "The secrecy marking, if any; present from registration on.") SecrecyMarking secrecy,
        @Schema(description = "When it was registered; from registration on.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        LocalDate registeredOn,
        @Schema(description = "The case officer; from preparation on.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String caseOfficer,
        @Schema(description = "When preparation started.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        LocalDate preparationStartedOn,
        @Schema(description = "The latest risk assessment.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        RiskAssessmentView riskAssessment,
        @Schema(description = "The LAG assignment investigating the case.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String assignmentId,
        @Schema(description = "Incident details (incident follow-ups).")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        IncidentDetailsView incidentDetails,
        @Schema(description = "MDR Art. 5(5) conditions by code (in-house manufacturing).")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        Map<InHouseConditionCode, InHouseCondition> inHouseConditions,
        @Schema(description = "The national recommendation.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        NationalRecommendationView nationalRecommendation,
        @Schema(description = "The proposed decision, while one awaits the chair.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        ProposalView proposal,
        @Schema(description = "The latest proposal sent back.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        ProposalReturnView lastReturn,
        @Schema(description = "The decision.") @JsonInclude(JsonInclude.Include.NON_NULL) DecisionView decision,
        @Schema(description = "The closing.") @JsonInclude(JsonInclude.Include.NON_NULL) ClosureView closure,
        @Schema(description = "The voiding.") @JsonInclude(JsonInclude.Include.NON_NULL) VoidingView voiding,
        @Schema(description = "Whether the case is secrecy-marked (OSL).") boolean secret,
        @Schema(description = "Notes, oldest first.") List<NoteView> notes,
        @Schema(description = "Referenced documents, oldest first.") List<DocumentView> documents,
        @Schema(description = "Consultation requests, oldest first.") List<ConsultationView> consultations,
        @Schema(description = "The follow-ups of the case's decisions, each with its state, oldest first.")
        List<FollowUpView> followUps) {
}
