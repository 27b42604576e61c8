package se.rjh.mtp.cases.domain;

import static se.rjh.mtp.cases.domain.CaseFixtures.ID;
import static se.rjh.mtp.cases.domain.CaseFixtures.PERSONNUMMER;
import static se.rjh.mtp.cases.domain.CaseFixtures.PUMP;
import static se.rjh.mtp.cases.domain.CaseFixtures.TODAY;
import static se.rjh.mtp.cases.domain.CaseFixtures.consultation;
import static se.rjh.mtp.cases.domain.CaseFixtures.inPreparation;
import static se.rjh.mtp.cases.domain.CaseFixtures.received;
import static se.rjh.mtp.cases.domain.CaseFixtures.registered;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.rjh.mtp.api.cases.CaseNoteAdded;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.cases.DeviceMarking;
import se.rjh.mtp.api.cases.InHouseRegulation;
import se.rjh.mtp.api.cases.CaseStep;
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
import se.rjh.mtp.cases.domain.CaseFixtures.Refusal;

/** Preparation data, the type-specific gates of a proposal, and consultations. */
class CasePreparationTest {

    private static final String NO_CONSULTATION = "Inget behov";
    private static final ProposeDecision PROPOSAL = new ProposeDecision(ID, "Förslag", "Motivering", NO_CONSULTATION);
    private static final ConsultationAnswered ANSWERED =
            new ConsultationAnswered(ID, "k1", ConcernedBody.PATIENT_SAFETY, "Ok", TODAY);

    /** Every MDR Art. 5(5) condition confirmed but the last (h). */
    private static final List<InHouseCondition> SEVEN_CONDITIONS = InHouseRegulation.MDR.conditions().stream()
            .filter(c -> c != InHouseConditionCode.H).map(c -> new InHouseCondition(c, true, null)).toList();
    /** Every IVDR Art. 5(5) condition but the last (i): the MDR's letters (a)–(h). */
    private static final List<InHouseCondition> EIGHT_IVDR_CONDITIONS = InHouseRegulation.MDR.conditions().stream()
            .map(c -> new InHouseCondition(c, true, null)).toList();
    private static final Device PCR_TEST = new Device("PCR-analys", "Regionens laboratorium", "v1", null,
            DeviceClass.IVDR_C, DeviceMarking.IN_HOUSE);

    /** An in-house manufacturing case registered with an IVD device, in preparation, then the events given. */
    private static Object[] ivdInPreparation(Object... then) {
        List<Object> events = new ArrayList<>(List.of(received(CaseType.IN_HOUSE_MANUFACTURING),
                new CaseRegistered(ID, CaseFixtures.NUMBER, CaseType.IN_HOUSE_MANUFACTURING, "Egentillverkning",
                        PCR_TEST, null, TODAY, TODAY),
                CaseFixtures.preparing(CaseType.IN_HOUSE_MANUFACTURING)));
        events.addAll(List.of(then));
        return events.toArray();
    }

    private final FixtureConfiguration<Case> fixture = new AggregateTestFixture<>(Case.class);

    static Stream<Refusal> refusals() {
        return Stream.of(
                new Refusal("an incident proposed without its details", inPreparation(CaseType.INCIDENT_FOLLOW_UP),
                        PROPOSAL, ProposalIncompleteException.class, "incidentDetails"),
                new Refusal("a CE-marked device's incident proposed without the agency's date",
                        inPreparation(CaseType.INCIDENT_FOLLOW_UP,
                                new IncidentDetailsRecorded(ID, TODAY, PUMP, TODAY, null, null, true)),
                        PROPOSAL, ProposalIncompleteException.class, "reportedToMedicalProductsAgencyOn"),
                new Refusal("in-house manufacturing proposed with seven of the eight conditions",
                        inPreparation(CaseType.IN_HOUSE_MANUFACTURING, new InHouseConditionsRecorded(ID, SEVEN_CONDITIONS)),
                        PROPOSAL, ProposalIncompleteException.class, "inHouseConditions.h"),
                new Refusal("an IVD device's in-house case proposed with the MDR's eight conditions only",
                        ivdInPreparation(new InHouseConditionsRecorded(ID, EIGHT_IVDR_CONDITIONS,
                                InHouseRegulation.IVDR)),
                        PROPOSAL, ProposalIncompleteException.class, "inHouseConditions.i"),
                new Refusal("an IVD device's in-house case counting conditions recorded under the MDR",
                        ivdInPreparation(new InHouseConditionsRecorded(ID, EIGHT_IVDR_CONDITIONS)),
                        PROPOSAL, ProposalIncompleteException.class, "inHouseConditions.a"),
                new Refusal("condition (i), which the MDR does not have, on an MD device's case",
                        inPreparation(CaseType.IN_HOUSE_MANUFACTURING), new RecordInHouseConditions(ID,
                                List.of(new InHouseCondition(InHouseConditionCode.I, true, null))),
                        InvalidInputException.class, "MDR Art. 5(5) (a)–(h)"),
                new Refusal("an incident naming an in-house device by anything but its register id",
                        inPreparation(CaseType.INCIDENT_FOLLOW_UP),
                        new RecordIncidentDetails(ID, TODAY, PUMP, null, null, TODAY, true, "Infusionspump EGT"),
                        InvalidInputException.class, "EGT-1"),
                new Refusal("a council recommendation case proposed without the recommendation",
                        inPreparation(CaseType.MTP_COUNCIL_RECOMMENDATION), PROPOSAL,
                        ProposalIncompleteException.class, "nationalRecommendation"),
                new Refusal("a note outside preparation",
                        new Object[] {received(CaseType.OTHER), registered(CaseType.OTHER)},
                        new AddCaseNote(ID, "n1", "Anteckning"), StateConflictException.class),
                new Refusal("a note with a personal identity number", inPreparation(CaseType.OTHER),
                        new AddCaseNote(ID, "n1", "Patient " + PERSONNUMMER), InvalidInputException.class),
                new Refusal("a severity above five", inPreparation(CaseType.OTHER),
                        new AssessRisk(ID, 6, 3, null), InvalidInputException.class),
                new Refusal("incident details on a case that is no incident", inPreparation(CaseType.OTHER),
                        new RecordIncidentDetails(ID, TODAY, PUMP, TODAY, TODAY, null, true, null),
                        StateConflictException.class),
                new Refusal("a condition neither confirmed nor justified",
                        inPreparation(CaseType.IN_HOUSE_MANUFACTURING), new RecordInHouseConditions(ID,
                                List.of(new InHouseCondition(InHouseConditionCode.A, false, ""))),
                        InvalidInputException.class),
                new Refusal("no national recommendation on a council case",
                        inPreparation(CaseType.MTP_COUNCIL_RECOMMENDATION),
                        new RecordNationalRecommendation(ID, null, null, null), InvalidInputException.class),
                new Refusal("a consultation due in the past", inPreparation(CaseType.OTHER),
                        new RequestConsultation(ID, "k1", ConcernedBody.GAS_COMMITTEE, "Synpunkter?",
                                TODAY.minusDays(1), TODAY),
                        InvalidInputException.class),
                new Refusal("waiving an answered consultation",
                        inPreparation(CaseType.OTHER, consultation("k1"), ANSWERED),
                        new WaiveConsultation(ID, "k1", "Behövs inte"), StateConflictException.class),
                new Refusal("answering an unknown consultation", inPreparation(CaseType.OTHER, consultation("k1")),
                        new AnswerConsultation(ID, "nope", "Svar", TODAY), NotFoundException.class),
                new Refusal("a waiver without a reason", inPreparation(CaseType.OTHER, consultation("k1")),
                        new WaiveConsultation(ID, "k1", null), InvalidInputException.class));
    }

    @ParameterizedTest(name = "refused: {0}")
    @MethodSource("refusals")
    void aRefusedCommandRecordsNothing(Refusal refusal) {
        refusal.check();
    }

    @Test
    void noteIsAddedDuringPreparation() {
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new AddCaseNote(ID, "n1", "Kontaktat leverantören, tel 063-14 75 00"))
                .expectEvents(new CaseNoteAdded(ID, "n1", "Kontaktat leverantören, tel 063-14 75 00"));
    }

    @Test
    void riskScoreIsSeverityTimesProbability() {
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new AssessRisk(ID, 4, 3, null))
                .expectEvents(new RiskAssessed(ID, 4, 3, 12, RiskLevel.HIGH, null));
    }

    @Test
    void incidentWithCeMarkedDeviceIsProposedWithManufacturerAndAgencyDates() {
        IncidentDetailsRecorded complete = new IncidentDetailsRecorded(ID, TODAY, PUMP, TODAY, TODAY, null, false);
        fixture.given(inPreparation(CaseType.INCIDENT_FOLLOW_UP, complete))
                .when(PROPOSAL)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void incidentDetailsAreRecordedOnIncidentCases() {
        fixture.given(inPreparation(CaseType.INCIDENT_FOLLOW_UP))
                .when(new RecordIncidentDetails(ID, TODAY, PUMP, TODAY, TODAY, null, true, null))
                .expectEvents(new IncidentDetailsRecorded(ID, TODAY, PUMP, TODAY, TODAY, null, true));
    }

    @Test
    void inHouseManufacturingIsProposedWithAllEightConditions() {
        fixture.given(inPreparation(CaseType.IN_HOUSE_MANUFACTURING, new InHouseConditionsRecorded(ID, SEVEN_CONDITIONS),
                        new InHouseConditionsRecorded(ID, List.of(new InHouseCondition(InHouseConditionCode.H, false,
                                "Uppföljning planeras i Q1")))))
                .when(PROPOSAL)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anUnansweredConditionIFromAFormOfEveryLetterIsLeftOutOnAnMdrCase() {
        List<InHouseCondition> eight = InHouseRegulation.MDR.conditions().stream()
                .map(c -> new InHouseCondition(c, true, null)).toList();
        List<InHouseCondition> fromForm = new ArrayList<>(eight);
        fromForm.add(new InHouseCondition(InHouseConditionCode.I, false, " "));
        fixture.given(inPreparation(CaseType.IN_HOUSE_MANUFACTURING))
                .when(new RecordInHouseConditions(ID, fromForm))
                .expectEvents(new InHouseConditionsRecorded(ID, eight, InHouseRegulation.MDR));
    }

    @Test
    void ivdDeviceInHouseCaseRecordsConditionIUnderTheIvdr() {
        fixture.given(ivdInPreparation())
                .when(new RecordInHouseConditions(ID, List.of(new InHouseCondition(InHouseConditionCode.I, true, null))))
                .expectEvents(new InHouseConditionsRecorded(ID,
                        List.of(new InHouseCondition(InHouseConditionCode.I, true, null)), InHouseRegulation.IVDR));
    }

    @Test
    void ivdDeviceInHouseCaseIsProposedWithAllNineIvdrConditions() {
        fixture.given(ivdInPreparation(new InHouseConditionsRecorded(ID, EIGHT_IVDR_CONDITIONS, InHouseRegulation.IVDR),
                        new InHouseConditionsRecorded(ID, List.of(new InHouseCondition(InHouseConditionCode.I, true,
                                null)), InHouseRegulation.IVDR)))
                .when(PROPOSAL)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void incidentNamesAnInHouseDeviceByItsRegisterId() {
        fixture.given(inPreparation(CaseType.INCIDENT_FOLLOW_UP))
                .when(new RecordIncidentDetails(ID, TODAY, PUMP, null, null, TODAY, true, " EGT-12 "))
                .expectEvents(new IncidentDetailsRecorded(ID, TODAY, PUMP, null, null, TODAY, true, "EGT-12"));
    }

    @Test
    void councilRecommendationCaseIsProposedWithTheRecommendation() {
        fixture.given(inPreparation(CaseType.MTP_COUNCIL_RECOMMENDATION,
                        new NationalRecommendationRecorded(ID, CaseType.MTP_COUNCIL_RECOMMENDATION,
                                NationalRecommendation.AVVAKTA, "MTP-rådet 2026-05", TODAY)))
                .when(PROPOSAL)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void introductionMayRecordThatThereIsNoRecommendation() {
        fixture.given(inPreparation(CaseType.INTRODUCTION))
                .when(new RecordNationalRecommendation(ID, null, null, null))
                .expectEvents(new NationalRecommendationRecorded(ID, CaseType.INTRODUCTION, null, null, null));
    }

    @Test
    void consultationRequestMovesTheCaseToConsultation() {
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new RequestConsultation(ID, "k1", ConcernedBody.PATIENT_SAFETY, "Synpunkter?", TODAY.plusDays(14), TODAY))
                .expectEvents(consultation("k1"))
                .expectResultMessagePayload(CaseStep.IN_CONSULTATION);
    }

    @Test
    void consultationIsAnswered() {
        fixture.given(inPreparation(CaseType.OTHER, consultation("k1")))
                .when(new AnswerConsultation(ID, "k1", "Inga invändningar", TODAY))
                .expectEvents(new ConsultationAnswered(ID, "k1", ConcernedBody.PATIENT_SAFETY, "Inga invändningar", TODAY));
    }

    @Test
    void consultationIsWaivedForAReason() {
        fixture.given(inPreparation(CaseType.OTHER, consultation("k1")))
                .when(new WaiveConsultation(ID, "k1", "Frågan är inaktuell"))
                .expectEvents(new ConsultationWaived(ID, "k1", ConcernedBody.PATIENT_SAFETY, "Frågan är inaktuell"));
    }

    @Test
    void overdueIsRaisedOnceAndOnlyAfterTheDueDate() {
        ConsultationRequested k1 = consultation("k1");
        fixture.given(inPreparation(CaseType.OTHER, k1))
                .when(new MarkConsultationOverdue(ID, "k1", k1.dueDate()))
                .expectNoEvents()
                .expectResultMessagePayload(false);
        ConsultationOverdue overdue = new ConsultationOverdue(ID, "k1", ConcernedBody.PATIENT_SAFETY, k1.dueDate(),
                k1.dueDate().plusDays(1));
        fixture.given(inPreparation(CaseType.OTHER, k1))
                .when(new MarkConsultationOverdue(ID, "k1", k1.dueDate().plusDays(1)))
                .expectEvents(overdue);
        fixture.given(inPreparation(CaseType.OTHER, k1, overdue))
                .when(new MarkConsultationOverdue(ID, "k1", k1.dueDate().plusDays(5)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void answeredConsultationIsNeverOverdue() {
        ConsultationRequested k1 = consultation("k1");
        fixture.given(inPreparation(CaseType.OTHER, k1, ANSWERED))
                .when(new MarkConsultationOverdue(ID, "k1", k1.dueDate().plusDays(1)))
                .expectNoEvents();
    }
}
