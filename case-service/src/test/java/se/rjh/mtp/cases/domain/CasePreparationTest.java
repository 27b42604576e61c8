package se.rjh.mtp.cases.domain;

import se.rjh.mtp.api.cases.CaseStep;
import static org.hamcrest.Matchers.containsString;
import static se.rjh.mtp.cases.domain.CaseFixtures.ID;
import static se.rjh.mtp.cases.domain.CaseFixtures.PERSONNUMMER;
import static se.rjh.mtp.cases.domain.CaseFixtures.PUMP;
import static se.rjh.mtp.cases.domain.CaseFixtures.TODAY;
import static se.rjh.mtp.cases.domain.CaseFixtures.consultation;
import static se.rjh.mtp.cases.domain.CaseFixtures.inPreparation;
import static se.rjh.mtp.cases.domain.CaseFixtures.received;
import static se.rjh.mtp.cases.domain.CaseFixtures.registered;

import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseNoteAdded;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.ConsultationAnswered;
import se.rjh.mtp.api.cases.ConsultationOverdue;
import se.rjh.mtp.api.cases.ConsultationRequested;
import se.rjh.mtp.api.cases.ConsultationWaived;
import se.rjh.mtp.api.cases.InHouseCondition;
import se.rjh.mtp.api.cases.InHouseConditionCode;
import se.rjh.mtp.api.cases.InHouseConditionsRecorded;
import se.rjh.mtp.api.cases.IncidentDetailsRecorded;
import se.rjh.mtp.api.cases.NationalRecommendation;
import se.rjh.mtp.api.cases.NationalRecommendationRecorded;
import se.rjh.mtp.api.cases.RiskAssessed;
import se.rjh.mtp.api.cases.RiskLevel;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.StateConflictException;

/** Preparation data, the type-specific gates of a proposal, and consultations. */
class CasePreparationTest {

    private static final String NO_CONSULTATION = "Inget behov";

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    @Test
    void noteIsAddedDuringPreparationOnly() {
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new AddCaseNote(ID, "n1", "Kontaktat leverantören, tel 063-14 75 00"))
                .expectEvents(new CaseNoteAdded(ID, "n1", "Kontaktat leverantören, tel 063-14 75 00"));
        fixture.given(received(CaseType.OTHER), registered(CaseType.OTHER))
                .when(new AddCaseNote(ID, "n1", "Anteckning"))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void noteWithPersonalIdentityNumberIsRefused() {
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new AddCaseNote(ID, "n1", "Patient " + PERSONNUMMER))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void riskScoreIsSeverityTimesProbability() {
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new AssessRisk(ID, 4, 3, null))
                .expectEvents(new RiskAssessed(ID, 4, 3, 12, RiskLevel.HIGH, null));
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new AssessRisk(ID, 6, 3, null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void incidentCaseNeedsItsDetailsBeforeAProposal() {
        fixture.given(inPreparation(CaseType.INCIDENT_FOLLOW_UP))
                .when(new ProposeDecision(ID, "Förslag", "Motivering", NO_CONSULTATION))
                .expectException(ProposalIncompleteException.class)
                .expectExceptionMessage(containsString("incidentDetails"))
                .expectNoEvents();
    }

    @Test
    void incidentWithCeMarkedDeviceNeedsManufacturerAndAgencyDates() {
        IncidentDetailsRecorded partial = new IncidentDetailsRecorded(ID, TODAY, PUMP, TODAY, null, null, true);
        fixture.given(inPreparation(CaseType.INCIDENT_FOLLOW_UP)).andGiven(partial)
                .when(new ProposeDecision(ID, "Förslag", "Motivering", NO_CONSULTATION))
                .expectException(ProposalIncompleteException.class)
                .expectExceptionMessage(containsString("reportedToMedicalProductsAgencyOn"));
        IncidentDetailsRecorded complete = new IncidentDetailsRecorded(ID, TODAY, PUMP, TODAY, TODAY, null, false);
        fixture.given(inPreparation(CaseType.INCIDENT_FOLLOW_UP)).andGiven(complete)
                .when(new ProposeDecision(ID, "Förslag", "Motivering", NO_CONSULTATION))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void incidentDetailsOnlyForIncidentCases() {
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new RecordIncidentDetails(ID, TODAY, PUMP, TODAY, TODAY, null, true))
                .expectException(StateConflictException.class)
                .expectNoEvents();
        fixture.given(inPreparation(CaseType.INCIDENT_FOLLOW_UP))
                .when(new RecordIncidentDetails(ID, TODAY, PUMP, TODAY, TODAY, null, true))
                .expectEvents(new IncidentDetailsRecorded(ID, TODAY, PUMP, TODAY, TODAY, null, true));
    }

    @Test
    void inHouseManufacturingNeedsAllEightConditions() {
        List<InHouseCondition> seven = Arrays.stream(InHouseConditionCode.values())
                .filter(c -> c != InHouseConditionCode.H).map(c -> new InHouseCondition(c, true, null)).toList();
        fixture.given(inPreparation(CaseType.IN_HOUSE_MANUFACTURING)).andGiven(new InHouseConditionsRecorded(ID, seven))
                .when(new ProposeDecision(ID, "Förslag", "Motivering", NO_CONSULTATION))
                .expectException(ProposalIncompleteException.class)
                .expectExceptionMessage(containsString("inHouseConditions.h"));
        fixture.given(inPreparation(CaseType.IN_HOUSE_MANUFACTURING)).andGiven(new InHouseConditionsRecorded(ID, seven),
                        new InHouseConditionsRecorded(ID, List.of(new InHouseCondition(InHouseConditionCode.H, false,
                                "Uppföljning planeras i Q1"))))
                .when(new ProposeDecision(ID, "Förslag", "Motivering", NO_CONSULTATION))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void conditionNeitherConfirmedNorJustifiedIsRefused() {
        fixture.given(inPreparation(CaseType.IN_HOUSE_MANUFACTURING))
                .when(new RecordInHouseConditions(ID, List.of(new InHouseCondition(InHouseConditionCode.A, false, ""))))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void councilRecommendationCaseNeedsTheRecommendation() {
        fixture.given(inPreparation(CaseType.MTP_COUNCIL_RECOMMENDATION))
                .when(new ProposeDecision(ID, "Förslag", "Motivering", NO_CONSULTATION))
                .expectException(ProposalIncompleteException.class)
                .expectExceptionMessage(containsString("nationalRecommendation"));
        fixture.given(inPreparation(CaseType.MTP_COUNCIL_RECOMMENDATION))
                .andGiven(new NationalRecommendationRecorded(ID, CaseType.MTP_COUNCIL_RECOMMENDATION,
                        NationalRecommendation.AVVAKTA, "MTP-rådet 2026-05", TODAY))
                .when(new ProposeDecision(ID, "Förslag", "Motivering", NO_CONSULTATION))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void introductionMayRecordThatThereIsNoRecommendationButCouncilCaseMayNot() {
        fixture.given(inPreparation(CaseType.INTRODUCTION))
                .when(new RecordNationalRecommendation(ID, null, null, null))
                .expectEvents(new NationalRecommendationRecorded(ID, CaseType.INTRODUCTION, null, null, null));
        fixture.given(inPreparation(CaseType.MTP_COUNCIL_RECOMMENDATION))
                .when(new RecordNationalRecommendation(ID, null, null, null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void consultationRequestMovesTheCaseToConsultation() {
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new RequestConsultation(ID, "k1", ConcernedBody.PATIENT_SAFETY, "Synpunkter?", TODAY.plusDays(14), TODAY))
                .expectEvents(consultation("k1"))
                .expectResultMessagePayload(CaseStep.IN_CONSULTATION);
    }

    @Test
    void consultationWithPastDueDateIsRefused() {
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new RequestConsultation(ID, "k1", ConcernedBody.GAS_COMMITTEE, "Synpunkter?", TODAY.minusDays(1), TODAY))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void consultationIsAnsweredOnceOnly() {
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(consultation("k1"))
                .when(new AnswerConsultation(ID, "k1", "Inga invändningar", TODAY))
                .expectEvents(new ConsultationAnswered(ID, "k1", ConcernedBody.PATIENT_SAFETY, "Inga invändningar", TODAY));
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(consultation("k1"),
                        new ConsultationAnswered(ID, "k1", ConcernedBody.PATIENT_SAFETY, "Ok", TODAY))
                .when(new WaiveConsultation(ID, "k1", "Behövs inte"))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void unknownConsultationIsNotFound() {
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(consultation("k1"))
                .when(new AnswerConsultation(ID, "nope", "Svar", TODAY))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void waiverNeedsAReason() {
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(consultation("k1"))
                .when(new WaiveConsultation(ID, "k1", "Frågan är inaktuell"))
                .expectEvents(new ConsultationWaived(ID, "k1", ConcernedBody.PATIENT_SAFETY, "Frågan är inaktuell"));
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(consultation("k1"))
                .when(new WaiveConsultation(ID, "k1", null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void overdueIsRaisedOnceAndOnlyAfterTheDueDate() {
        ConsultationRequested k1 = consultation("k1");
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(k1)
                .when(new MarkConsultationOverdue(ID, "k1", k1.dueDate()))
                .expectNoEvents()
                .expectResultMessagePayload(false);
        ConsultationOverdue overdue = new ConsultationOverdue(ID, "k1", ConcernedBody.PATIENT_SAFETY, k1.dueDate(),
                k1.dueDate().plusDays(1));
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(k1)
                .when(new MarkConsultationOverdue(ID, "k1", k1.dueDate().plusDays(1)))
                .expectEvents(overdue);
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(k1, overdue)
                .when(new MarkConsultationOverdue(ID, "k1", k1.dueDate().plusDays(5)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void answeredConsultationIsNeverOverdue() {
        ConsultationRequested k1 = consultation("k1");
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(k1,
                        new ConsultationAnswered(ID, "k1", ConcernedBody.PATIENT_SAFETY, "Ok", TODAY))
                .when(new MarkConsultationOverdue(ID, "k1", k1.dueDate().plusDays(1)))
                .expectNoEvents();
    }
}
