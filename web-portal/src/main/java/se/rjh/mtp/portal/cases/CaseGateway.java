package se.rjh.mtp.portal.cases;

import java.util.List;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.view.CasePage;
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.api.cases.view.HistoryEntry;

/**
 * case-service as the pages need it, typed by its response records. Refusals come as {@link ServiceRefusal}, an
 * unreachable service as {@link ServiceUnavailableException}.
 */
public interface CaseGateway {

    CasePage list(CaseFilter filter);

    CaseView get(String caseId);

    List<HistoryEntry> history(String caseId);

    /** Takes a matter in; gives the new case's id. */
    String receive(Intake intake);

    /** Registers a received case; gives its diarienummer. */
    String register(String caseId, Registration registration);

    /** Starts preparation (beredning) of a registered case with this case officer; gives the case's new step. */
    CaseStep startPreparation(String caseId, String caseOfficer);

    /** Proposes a decision; a 409 refusal lists in {@link ServiceRefusal#missing()} what the preparation lacks. */
    CaseStep propose(String caseId, Proposal proposal);

    /** The chair decides on the proposal. */
    CaseStep decide(String caseId, Decision decision);

    void addNote(String caseId, CaseCommands.Note note);

    void referenceDocument(String caseId, CaseCommands.DocumentReference document);

    void assessRisk(String caseId, CaseCommands.RiskAssessment risk);

    void recordIncidentDetails(String caseId, CaseCommands.IncidentDetails details);

    void recordNotReportable(String caseId, CaseCommands.Reason reason);

    void recordInHouseConditions(String caseId, CaseCommands.InHouseConditions conditions);

    void recordNationalRecommendation(String caseId, CaseCommands.Recommendation recommendation);

    /** Asks a concerned body; gives the case's step (the first request moves it to consultation). */
    CaseStep requestConsultation(String caseId, CaseCommands.ConsultationRequest request);

    void answerConsultation(String caseId, String consultationId, CaseCommands.Answer answer);

    void waiveConsultation(String caseId, String consultationId, CaseCommands.Reason reason);

    /** The chair sends the proposal back to preparation (återremiss). */
    CaseStep returnProposal(String caseId, CaseCommands.Reason reason);

    /** The chair closes a decided case; a 409 lists in {@link ServiceRefusal#openFollowUps()} what is still open. */
    CaseStep close(String caseId, CaseCommands.Closure closure);

    CaseStep voidCase(String caseId, CaseCommands.Reason reason);

    void recordFollowUpOutcome(String caseId, String followUpId, CaseCommands.Outcome outcome);
}
