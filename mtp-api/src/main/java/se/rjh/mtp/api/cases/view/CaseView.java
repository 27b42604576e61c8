package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.REGISTRATION;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 *
 * @param id The case id.
 * @param caseNumber The diarienummer; null before registration.
 * @param step The step the case is in.
 * @param lastChangedAt When the latest event was stored.
 * @param subject The subject, or [Skyddat].
 * @param description The description, or [Skyddat].
 * @param caseType The case type.
 * @param channel How the matter arrived.
 * @param submitter Who submitted it, or [Skyddat] in every given field.
 * @param receivedOn When it was received.
 * @param origin The LAG question the case was opened for, if any.
 * @param classification The classification; from registration on.
 * @param device The device concerned, if any; present from registration on.
 * @param secrecy The secrecy marking, if any; present from registration on.
 * @param registeredOn When it was registered; from registration on.
 * @param caseOfficer The case officer; from preparation on.
 * @param preparationStartedOn When preparation started.
 * @param riskAssessment The latest risk assessment.
 * @param assignmentId The LAG assignment investigating the case.
 * @param incidentDetails Incident details (incident follow-ups).
 * @param inHouseConditions MDR Art. 5(5) conditions by code (in-house manufacturing).
 * @param nationalRecommendation The national recommendation.
 * @param proposal The proposed decision, while one awaits the chair.
 * @param lastReturn The latest proposal sent back.
 * @param decision The decision.
 * @param closure The closing.
 * @param voiding The voiding.
 * @param secret Whether the case is secrecy-marked (OSL).
 * @param notes Notes, oldest first.
 * @param documents Referenced documents, oldest first.
 * @param consultations Consultation requests, oldest first.
 * @param followUps The follow-ups of the case's decisions, each with its state, oldest first.
 */
public record CaseView(
        String id,
        String caseNumber,
        CaseStep step,
        Instant lastChangedAt,
        @ProtectedText(REGISTRATION) String subject,
        @ProtectedText(REGISTRATION) String description,
        CaseType caseType,
        Channel channel,
        @ProtectedText(REGISTRATION) Submitter submitter,
        LocalDate receivedOn,
        CaseOrigin origin,
        @JsonInclude(JsonInclude.Include.NON_NULL) String classification,
        Device device,
        SecrecyMarking secrecy,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate registeredOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) String caseOfficer,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate preparationStartedOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) RiskAssessmentView riskAssessment,
        @JsonInclude(JsonInclude.Include.NON_NULL) String assignmentId,
        @JsonInclude(JsonInclude.Include.NON_NULL) IncidentDetailsView incidentDetails,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<InHouseConditionCode, InHouseCondition> inHouseConditions,
        @JsonInclude(JsonInclude.Include.NON_NULL) NationalRecommendationView nationalRecommendation,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProposalView proposal,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProposalReturnView lastReturn,
        @JsonInclude(JsonInclude.Include.NON_NULL) DecisionView decision,
        @JsonInclude(JsonInclude.Include.NON_NULL) ClosureView closure,
        @JsonInclude(JsonInclude.Include.NON_NULL) VoidingView voiding,
        boolean secret,
        List<NoteView> notes,
        List<DocumentView> documents,
        List<ConsultationView> consultations,
        List<FollowUpView> followUps) {
}
