package se.rjh.mtp.groups.register.domain;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.CASE_LINKED;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.CONTENT_NAME;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.CONTENT_PURPOSE;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.DAY;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.DEFAULT_INTERVAL;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.DESCRIBED;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.DESCRIPTION;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.DEVELOPING;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.GSPR_ANSWERED;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.ID;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.IVO_INFORMED;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.POLICY;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.RELEASED;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.RELEASED_ON;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.SEARCHED;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.UNIT;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.UNITS;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.inUse;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.proposed;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.readyForRelease;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.devices.CorrectiveAction;
import se.rjh.mtp.api.devices.CorrectiveActionCompleted;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.GsprAnswer;
import se.rjh.mtp.api.devices.GsprChecklistRecorded;
import se.rjh.mtp.api.devices.GsprEntry;
import se.rjh.mtp.api.devices.InHouseDeviceCaseLinked;
import se.rjh.mtp.api.devices.InHouseDeviceDescribed;
import se.rjh.mtp.api.devices.InHouseDeviceDescription;
import se.rjh.mtp.api.devices.InHouseDeviceDevelopmentStarted;
import se.rjh.mtp.api.devices.InHouseDeviceProposed;
import se.rjh.mtp.api.devices.InHouseDeviceReleased;
import se.rjh.mtp.api.devices.InHouseDeviceReviewOverdue;
import se.rjh.mtp.api.devices.InHouseDeviceReviewed;
import se.rjh.mtp.api.devices.InHouseDeviceRevised;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.devices.InHouseDeviceTakenIntoUse;
import se.rjh.mtp.api.devices.InHouseDeviceWithdrawn;
import se.rjh.mtp.api.devices.IncidentLinkedToInHouseDevice;
import se.rjh.mtp.api.devices.IvoInformationRecorded;
import se.rjh.mtp.api.devices.MarketSearchOverdue;
import se.rjh.mtp.api.devices.MarketSearchRecorded;
import se.rjh.mtp.api.devices.ReviewConclusion;
import se.rjh.mtp.api.devices.ReviewFindings;
import se.rjh.mtp.api.devices.ReviewIntervalChanged;
import se.rjh.mtp.groups.register.domain.RegisterCommands.CaseLink;
import se.rjh.mtp.groups.register.domain.RegisterCommands.ChangeReviewInterval;
import se.rjh.mtp.groups.register.domain.RegisterCommands.CheckRelease;
import se.rjh.mtp.groups.register.domain.RegisterCommands.CompleteCorrectiveAction;
import se.rjh.mtp.groups.register.domain.RegisterCommands.DescribeDevice;
import se.rjh.mtp.groups.register.domain.RegisterCommands.LinkCase;
import se.rjh.mtp.groups.register.domain.RegisterCommands.LinkIncident;
import se.rjh.mtp.groups.register.domain.RegisterCommands.MarkMarketSearchOverdue;
import se.rjh.mtp.groups.register.domain.RegisterCommands.MarkReviewOverdue;
import se.rjh.mtp.groups.register.domain.RegisterCommands.NewCorrectiveAction;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordGspr;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordIvoInformation;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordMarketSearch;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordReview;
import se.rjh.mtp.groups.register.domain.RegisterCommands.ReleaseDevice;
import se.rjh.mtp.groups.register.domain.RegisterCommands.StartDevelopment;
import se.rjh.mtp.groups.register.domain.RegisterCommands.TakeIntoUse;
import se.rjh.mtp.groups.register.domain.RegisterCommands.WithdrawDevice;

/** Every rule of an in-house device, each with the case that breaks it. */
class InHouseDeviceTest {

    private static final LocalDate INCIDENT_DAY = RELEASED_ON.plusMonths(3);
    private static final ReviewFindings CONTINUE = findings(ReviewConclusion.CONTINUE, false);
    private static final LocalDate REVIEW_DAY = RELEASED_ON.plusMonths(11);

    private FixtureConfiguration<InHouseDevice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InHouseDevice.class);
        fixture.registerInjectableResource(POLICY);
        fixture.registerInjectableResource(UNITS);
    }

    private static ReviewFindings findings(ReviewConclusion conclusion, boolean equivalent) {
        return new ReviewFindings(null, null, "Inga problem vid 40 patienter", "Inga", "En om passform", equivalent,
                "Sökt hos tre leverantörer", conclusion);
    }

    private void refused(Object[] given, Object command, Class<? extends Exception> exception, String named) {
        fixture.given(given).when(command).expectException(exception)
                .expectExceptionMessage(containsString(named)).expectNoEvents();
    }

    // ---- Description, checklist, IVO information

    @Test
    void aDescriptionBeforeReleaseIsRecordedWithoutANewVersion() {
        fixture.given(proposed())
                .when(new DescribeDevice(ID, DESCRIPTION, "ignoreras", DAY))
                .expectEvents(DESCRIBED);
    }

    @Test
    void aRiskClassOfTheOtherRegulationIsRefused() {
        InHouseDeviceDescription ivdClass = new InHouseDeviceDescription("Handortos", null, DeviceKind.MD, null,
                null, DeviceClass.IVDR_B, null, null, null, null, null, null, null, null);
        refused(proposed(), new DescribeDevice(ID, ivdClass, null, DAY), InvalidInputException.class, "MDR class");
    }

    @Test
    void anUnknownResponsibleUnitIsRefused() {
        InHouseDeviceDescription elsewhere = new InHouseDeviceDescription("Handortos", null, DeviceKind.MD, null,
                null, null, null, null, "unit-okand", null, null, null, null, null);
        refused(proposed(), new DescribeDevice(ID, elsewhere, null, DAY), InvalidInputException.class,
                "no active unit");
    }

    @Test
    void aChangeToADeviceInUseMakesANewVersionWithItsChangeNote() {
        fixture.given(inUse())
                .when(new DescribeDevice(ID, DESCRIPTION, "Nytt material i remmen", DAY.plusMonths(2)))
                .expectEvents(DESCRIBED, new InHouseDeviceRevised(ID, 2, "Nytt material i remmen", DAY.plusMonths(2)));
    }

    @Test
    void aChangeToAReleasedDeviceMakesANewVersionWithItsChangeNote() {
        LocalDate searchedOn = RELEASED_ON.plusMonths(1);
        fixture.given(readyForRelease(RELEASED))
                .when(new RecordMarketSearch(ID, SEARCHED.nonEquivalenceJustification(), searchedOn, false, "Sökt igen",
                        null, "Ny marknadssökning", searchedOn))
                .expectEvents(new MarketSearchRecorded(ID, SEARCHED.nonEquivalenceJustification(), searchedOn, false,
                                "Sökt igen", searchedOn.plusMonths(6)),
                        new InHouseDeviceRevised(ID, 2, "Ny marknadssökning", searchedOn));
    }

    @Test
    void aChangeToADeviceInUseWithoutAChangeNoteIsRefused() {
        refused(inUse(), new DescribeDevice(ID, DESCRIPTION, " ", DAY), InvalidInputException.class,
                "must not be blank");
    }

    @Test
    void aNotMetRequirementNeedsItsJustification() {
        refused(proposed(), new RecordGspr(ID, List.of(new GsprEntry("10.4", GsprAnswer.NOT_MET, null)), null, DAY),
                InvalidInputException.class, "required when NOT_MET");
    }

    @Test
    void aRequirementOutsideTheKindsChecklistIsRefused() {
        refused(proposed(), new RecordGspr(ID, List.of(new GsprEntry("99", GsprAnswer.MET, null)), null, DAY),
                InvalidInputException.class, "not an Annex I section");
    }

    @Test
    void answeredRequirementsAreRecorded() {
        fixture.given(proposed())
                .when(new RecordGspr(ID, GSPR_ANSWERED.entries(), null, DAY))
                .expectEvents(GSPR_ANSWERED);
    }

    @Test
    void ivoInformationNamesOnlyConfiguredContent() {
        refused(proposed(), new RecordIvoInformation(ID, DAY, "IVO-1", List.of("Något annat"), null, DAY),
                InvalidInputException.class, "configured items");
        fixture.given(proposed())
                .when(new RecordIvoInformation(ID, DAY, "IVO 3.1-1234/2026", List.of(CONTENT_NAME, CONTENT_PURPOSE),
                        null, DAY))
                .expectEvents(IVO_INFORMED);
    }

    @Test
    void ivoInformationCannotBeGivenInTheFuture() {
        refused(proposed(), new RecordIvoInformation(ID, DAY.plusDays(1), "IVO-1", List.of(), null, DAY),
                InvalidInputException.class, "future");
    }

    @Test
    void aMarketSearchIsDueAgainAfterTheConfiguredInterval() {
        fixture.given(proposed())
                .when(new RecordMarketSearch(ID, "Ingen CE-märkt ortos passar", DAY, false,
                        "Sökt hos tre leverantörer", null, null, DAY))
                .expectEvents(SEARCHED);
    }

    // ---- Lifecycle and release

    @Test
    void developmentStartsOnAProposedDeviceOnly() {
        fixture.given(proposed()).when(new StartDevelopment(ID, DAY))
                .expectEvents(new InHouseDeviceDevelopmentStarted(ID, DAY));
        refused(proposed(DEVELOPING), new StartDevelopment(ID, DAY), StateConflictException.class, "PROPOSED");
    }

    @Test
    void aCompleteDeviceIsReleasedWithItsFirstReviewDueAfterTheInterval() {
        fixture.given(readyForRelease())
                .when(new ReleaseDevice(ID, RELEASED_ON))
                .expectEvents(new InHouseDeviceReleased(ID, 1, "case-1", RELEASED_ON, RELEASED_ON.plusMonths(12)));
    }

    @Test
    void releaseIsRefusedWithoutADecidedCase() {
        refused(proposed(DEVELOPING, DESCRIBED, SEARCHED, GSPR_ANSWERED, IVO_INFORMED),
                new ReleaseDevice(ID, RELEASED_ON), ReleaseIncompleteException.class, "linkedCase");
    }

    @Test
    void releaseIsRefusedWithAnUnansweredRequirement() {
        GsprChecklistRecorded onlyOne = new GsprChecklistRecorded(ID,
                List.of(new GsprEntry("1", GsprAnswer.MET, null)));
        fixture.given(proposed(CASE_LINKED, DEVELOPING, DESCRIBED, SEARCHED, onlyOne, IVO_INFORMED))
                .when(new ReleaseDevice(ID, RELEASED_ON))
                .expectException(ReleaseIncompleteException.class)
                .expectExceptionMessage(allOf(containsString("gspr.10.4: unanswered"),
                        not(containsString("gspr.1:"))))
                .expectNoEvents();
    }

    @Test
    void releaseIsRefusedWithoutTheIvoInformation() {
        refused(proposed(CASE_LINKED, DEVELOPING, DESCRIBED, SEARCHED, GSPR_ANSWERED),
                new ReleaseDevice(ID, RELEASED_ON), ReleaseIncompleteException.class, "ivoInformation: date");
    }

    @Test
    void releaseIsRefusedWhenTheIvoInformationLacksARequiredItem() {
        IvoInformationRecorded partial = new IvoInformationRecorded(ID, DAY, "IVO-1", List.of(CONTENT_NAME));
        refused(proposed(CASE_LINKED, DEVELOPING, DESCRIBED, SEARCHED, GSPR_ANSWERED, partial),
                new ReleaseDevice(ID, RELEASED_ON), ReleaseIncompleteException.class,
                "ivoInformation.content: " + CONTENT_PURPOSE);
    }

    @Test
    void releaseIsRefusedWhenAnEquivalentDeviceIsOnTheMarket() {
        MarketSearchRecorded found = new MarketSearchRecorded(ID, "Motivering", DAY, true, "Finns nu", DAY.plusDays(1));
        refused(readyForRelease(found), new ReleaseDevice(ID, RELEASED_ON), ReleaseIncompleteException.class,
                "equivalent CE-marked device exists");
    }

    // ---- IVD devices: the IVDR checklist, whatever the MDR one asks

    /** An IVD device as a decided case with an IVDR class proposes it, then everything but its checklist. */
    private static Object[] ivdUnderDevelopment(GsprEntry... answered) {
        InHouseDeviceDescription ivd = new InHouseDeviceDescription("Snabbtest CRP", "1", DeviceKind.IVD,
                "CRP-bestämning vid vårdcentral", null, DeviceClass.IVDR_B, "Regel 3", null, UNIT, null, null, null,
                null, null);
        return new Object[] {new InHouseDeviceProposed(ID, "Snabbtest CRP", DeviceKind.IVD, null, null, DAY),
                DEFAULT_INTERVAL, CASE_LINKED, DEVELOPING, new InHouseDeviceDescribed(ID, ivd), SEARCHED,
                new GsprChecklistRecorded(ID, List.of(answered)), IVO_INFORMED};
    }

    @Test
    void anIvdDeviceIsReleasedOnTheIvdrChecklistWithoutTheMdrSections() {
        fixture.given(ivdUnderDevelopment(new GsprEntry("1", GsprAnswer.MET, null),
                        new GsprEntry("20.1", GsprAnswer.MET, null)))
                .when(new ReleaseDevice(ID, RELEASED_ON))
                .expectEvents(new InHouseDeviceReleased(ID, 1, "case-1", RELEASED_ON, RELEASED_ON.plusMonths(12)));
    }

    @Test
    void anIvdDevicesReleaseIsRefusedForItsOwnUnansweredSectionsOnly() {
        fixture.given(ivdUnderDevelopment(new GsprEntry("1", GsprAnswer.MET, null)))
                .when(new ReleaseDevice(ID, RELEASED_ON))
                .expectException(ReleaseIncompleteException.class)
                .expectExceptionMessage(allOf(containsString("gspr.20.1: unanswered"),
                        not(containsString("gspr.10.4"))))
                .expectNoEvents();
    }

    @Test
    void anMdrSectionIsNoAnswerOnAnIvdDevicesChecklist() {
        refused(ivdUnderDevelopment(), new RecordGspr(ID, List.of(new GsprEntry("10.4", GsprAnswer.MET, null)), null,
                DAY), InvalidInputException.class, "Annex I section of an IVD device");
    }

    @Test
    void theReleaseCheckListsTheSameAsARefusalAndChangesNothing() {
        fixture.given(proposed(DEVELOPING))
                .when(new CheckRelease(ID))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(allOf(
                        org.hamcrest.Matchers.hasItem("linkedCase: a decided IN_HOUSE_MANUFACTURING case"),
                        org.hamcrest.Matchers.hasItem("gspr.1: unanswered"),
                        org.hamcrest.Matchers.hasItem("ivoInformation: date and reference of the information to IVO")));
    }

    @Test
    void onlyADeviceUnderDevelopmentIsReleased() {
        refused(proposed(CASE_LINKED), new ReleaseDevice(ID, RELEASED_ON), StateConflictException.class,
                "UNDER_DEVELOPMENT");
    }

    @Test
    void aReleasedDeviceIsTakenIntoUseNotBeforeItsRelease() {
        fixture.given(readyForRelease(RELEASED)).when(new TakeIntoUse(ID, null, RELEASED_ON.plusDays(1)))
                .expectEvents(new InHouseDeviceTakenIntoUse(ID, 1, RELEASED_ON.plusDays(1)));
        refused(readyForRelease(RELEASED), new TakeIntoUse(ID, RELEASED_ON.minusDays(1), RELEASED_ON),
                InvalidInputException.class, "before the release");
    }

    @Test
    void theDecidingCaseIsLinkedOnceAndNotReplacedAfterRelease() {
        CaseLink same = new CaseLink("case-1", "MTP/4/2026", DAY);
        fixture.given(proposed(CASE_LINKED)).when(new LinkCase(ID, same)).expectNoEvents();
        fixture.given(proposed()).when(new LinkCase(ID, same)).expectEvents(CASE_LINKED);
        refused(inUse(), new LinkCase(ID, new CaseLink("case-2", "MTP/9/2026", DAY)), StateConflictException.class,
                "before release");
    }

    // ---- Reviews

    @Test
    void aReviewIsDueAgainOneIntervalAfterItAndCountsAsAMarketSearch() {
        fixture.given(inUse())
                .when(new RecordReview(ID, "r1", CONTINUE,
                        List.of(new NewCorrectiveAction("Byt rem", "Ortopedtekniker A", REVIEW_DAY.plusDays(30))),
                        REVIEW_DAY))
                .expectEvents(new InHouseDeviceReviewed(ID, "r1", new ReviewFindings(RELEASED_ON, REVIEW_DAY,
                                CONTINUE.clinicalExperience(), "Inga", "En om passform", false,
                                "Sökt hos tre leverantörer", ReviewConclusion.CONTINUE),
                                List.of(new CorrectiveAction("r1-1", "Byt rem", "Ortopedtekniker A",
                                        REVIEW_DAY.plusDays(30))),
                                REVIEW_DAY, REVIEW_DAY.plusMonths(12)),
                        new MarketSearchRecorded(ID, SEARCHED.nonEquivalenceJustification(), REVIEW_DAY, false,
                                "Sökt hos tre leverantörer", REVIEW_DAY.plusMonths(6)));
    }

    @Test
    void aProposedDeviceIsNotReviewed() {
        refused(proposed(), new RecordReview(ID, "r1", CONTINUE, List.of(), DAY), StateConflictException.class,
                "RELEASED or IN_USE");
    }

    @Test
    void aReviewNeedsTheClinicalExperience() {
        ReviewFindings empty = new ReviewFindings(null, null, "", null, null, false, "Sökt", ReviewConclusion.CONTINUE);
        refused(inUse(), new RecordReview(ID, "r1", empty, List.of(), REVIEW_DAY), InvalidInputException.class,
                "must not be blank");
    }

    @Test
    void aReviewMustAnswerWhetherAnEquivalentDeviceExists() {
        ReviewFindings unanswered = new ReviewFindings(null, null, "Inga problem", null, null, null, "Sökt",
                ReviewConclusion.CONTINUE);
        // The only field left out that the aggregate requires: the HTTP test names it in the problem body.
        refused(inUse(), new RecordReview(ID, "r1", unanswered, List.of(), REVIEW_DAY), InvalidInputException.class,
                "is required");
    }

    @Test
    void aShorterIntervalMovesTheNextReviewFromTheRelease() {
        fixture.given(inUse()).when(new ChangeReviewInterval(ID, Period.ofMonths(6)))
                .expectEvents(new ReviewIntervalChanged(ID, "P6M", RELEASED_ON.plusMonths(6)));
        refused(inUse(), new ChangeReviewInterval(ID, Period.ZERO), InvalidInputException.class, "longer than zero");
    }

    @Test
    void aNewIntervalDoesNotPutOffAReviewDueEarlyAfterAnIncident() {
        IncidentLinkedToInHouseDevice linked = new IncidentLinkedToInHouseDevice(ID, "case-9", "MTP/9/2026", null,
                INCIDENT_DAY, INCIDENT_DAY.plusDays(14));
        fixture.given(inUse(linked)).when(new ChangeReviewInterval(ID, Period.ofMonths(24)))
                .expectEvents(new ReviewIntervalChanged(ID, "P24M", INCIDENT_DAY.plusDays(14)));
        fixture.given(inUse(linked)).when(new ChangeReviewInterval(ID, Period.ofMonths(1)))
                .expectEvents(new ReviewIntervalChanged(ID, "P1M", RELEASED_ON.plusMonths(1)));
    }

    @Test
    void anIncidentMakesTheReviewDueEarlyOnce() {
        fixture.given(inUse())
                .when(new LinkIncident(ID, "case-9", "MTP/9/2026", INCIDENT_DAY.minusDays(2), INCIDENT_DAY))
                .expectEvents(new IncidentLinkedToInHouseDevice(ID, "case-9", "MTP/9/2026", INCIDENT_DAY.minusDays(2),
                        INCIDENT_DAY, INCIDENT_DAY.plusDays(14)))
                .expectResultMessagePayload(true);
        IncidentLinkedToInHouseDevice linked = new IncidentLinkedToInHouseDevice(ID, "case-9", "MTP/9/2026", null,
                INCIDENT_DAY, INCIDENT_DAY.plusDays(14));
        fixture.given(inUse(linked))
                .when(new LinkIncident(ID, "case-9", "MTP/9/2026", null, INCIDENT_DAY.plusDays(1)))
                .expectNoEvents().expectResultMessagePayload(false);
    }

    @Test
    void anIncidentBeforeReleaseIsLinkedWithoutAReviewDue() {
        fixture.given(proposed())
                .when(new LinkIncident(ID, "case-9", "MTP/9/2026", null, DAY))
                .expectEvents(new IncidentLinkedToInHouseDevice(ID, "case-9", "MTP/9/2026", null, DAY, null));
    }

    @Test
    void anOverdueReviewIsRaisedOncePerDueDate() {
        LocalDate due = RELEASED_ON.plusMonths(12);
        fixture.given(inUse()).when(new MarkReviewOverdue(ID, due)).expectNoEvents();
        fixture.given(inUse()).when(new MarkReviewOverdue(ID, due.plusDays(1)))
                .expectEvents(new InHouseDeviceReviewOverdue(ID, due, due.plusDays(1)));
        fixture.given(inUse(new InHouseDeviceReviewOverdue(ID, due, due.plusDays(1))))
                .when(new MarkReviewOverdue(ID, due.plusDays(2))).expectNoEvents();
    }

    @Test
    void anOverdueMarketSearchIsRaisedOncePerDueDate() {
        LocalDate due = SEARCHED.nextSearchDue();
        fixture.given(inUse()).when(new MarkMarketSearchOverdue(ID, due.plusDays(1)))
                .expectEvents(new MarketSearchOverdue(ID, due, due.plusDays(1)));
        fixture.given(inUse(new MarketSearchOverdue(ID, due, due.plusDays(1))))
                .when(new MarkMarketSearchOverdue(ID, due.plusDays(5))).expectNoEvents();
        fixture.given(readyForRelease()).when(new MarkMarketSearchOverdue(ID, due.plusDays(1))).expectNoEvents();
    }

    @Test
    void aCorrectiveActionIsCompletedOnce() {
        InHouseDeviceReviewed reviewed = new InHouseDeviceReviewed(ID, "r1", CONTINUE,
                List.of(new CorrectiveAction("r1-1", "Byt rem", "A", REVIEW_DAY)), REVIEW_DAY, REVIEW_DAY.plusYears(1));
        fixture.given(inUse(reviewed)).when(new CompleteCorrectiveAction(ID, "r1", "r1-1", REVIEW_DAY, "Klart"))
                .expectEvents(new CorrectiveActionCompleted(ID, "r1", "r1-1", REVIEW_DAY, "Klart"));
        refused(inUse(reviewed, new CorrectiveActionCompleted(ID, "r1", "r1-1", REVIEW_DAY, null)),
                new CompleteCorrectiveAction(ID, "r1", "r1-1", REVIEW_DAY, null), StateConflictException.class,
                "is completed");
        refused(inUse(reviewed), new CompleteCorrectiveAction(ID, "r1", "r1-9", REVIEW_DAY, null),
                NotFoundException.class, "r1-9");
    }

    // ---- Withdrawal

    @Test
    void aReviewConcludingWithdrawIsNamedByTheChairsWithdrawal() {
        InHouseDeviceReviewed withdraw = new InHouseDeviceReviewed(ID, "r1", findings(ReviewConclusion.WITHDRAW, true),
                List.of(), REVIEW_DAY, REVIEW_DAY.plusYears(1));
        fixture.given(inUse(withdraw))
                .when(new WithdrawDevice(ID, REVIEW_DAY, "CE-märkt ortos finns", "Byt vid nästa besök", null))
                .expectEvents(new InHouseDeviceWithdrawn(ID, InHouseDeviceStatus.IN_USE, REVIEW_DAY,
                        "CE-märkt ortos finns", "Byt vid nästa besök", "r1"));
    }

    /** Every decided in-house case proposes an entry (the decision carries no outcome); a refusal is withdrawn. */
    @Test
    void aProposedEntryOfARefusedManufactureIsWithdrawnByTheChair() {
        fixture.given(proposed(CASE_LINKED))
                .when(new WithdrawDevice(ID, DAY, "Beslutet avslog egentillverkningen", "Tillverkas inte", null))
                .expectEvents(new InHouseDeviceWithdrawn(ID, InHouseDeviceStatus.PROPOSED, DAY,
                        "Beslutet avslog egentillverkningen", "Tillverkas inte", null));
    }

    @Test
    void withdrawalNeedsATransitionPlan() {
        refused(inUse(), new WithdrawDevice(ID, DAY, "Ersätts", null, null), InvalidInputException.class,
                "must not be blank");
    }

    @Test
    void aWithdrawnDeviceKeepsItsRecordsButTakesNoChangesReviewsOrDueDates() {
        InHouseDeviceWithdrawn withdrawn = new InHouseDeviceWithdrawn(ID, InHouseDeviceStatus.IN_USE, REVIEW_DAY,
                "Ersätts", "Plan", null);
        refused(inUse(withdrawn), new DescribeDevice(ID, DESCRIPTION, "Ändring", REVIEW_DAY),
                StateConflictException.class, "withdrawn");
        refused(inUse(withdrawn), new WithdrawDevice(ID, REVIEW_DAY, "Igen", "Plan", null),
                StateConflictException.class, "withdrawn already");
        refused(inUse(withdrawn), new RecordReview(ID, "r2", CONTINUE, List.of(), REVIEW_DAY),
                StateConflictException.class, "RELEASED or IN_USE");
        fixture.given(inUse(withdrawn)).when(new MarkReviewOverdue(ID, REVIEW_DAY.plusYears(3))).expectNoEvents();
        fixture.given(inUse(withdrawn))
                .when(new LinkIncident(ID, "case-9", "MTP/9/2026", null, REVIEW_DAY))
                .expectEvents(new IncidentLinkedToInHouseDevice(ID, "case-9", "MTP/9/2026", null, REVIEW_DAY, null));
    }

    @Test
    void aCaseLinkNeedsTheDecisionDate() {
        refused(proposed(), new LinkCase(ID, new CaseLink("case-1", "MTP/4/2026", null)),
                InvalidInputException.class, "is required");
    }

    @Test
    void describedEventsCarryTheWholeDescription() {
        fixture.given(proposed(CASE_LINKED))
                .when(new DescribeDevice(ID, DESCRIPTION, null, DAY))
                .expectEvents(new InHouseDeviceDescribed(ID, DESCRIPTION));
        fixture.given(proposed()).when(new LinkCase(ID, new CaseLink("case-1", "MTP/4/2026", DAY)))
                .expectEvents(new InHouseDeviceCaseLinked(ID, "case-1", "MTP/4/2026", DAY));
    }
}
