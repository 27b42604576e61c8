package se.rjh.mtp.groups.assignment.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.common.ActionNotPermittedException;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.groups.AssignmentAccepted;
import se.rjh.mtp.api.groups.AssignmentCancelled;
import se.rjh.mtp.api.groups.AssignmentDeclined;
import se.rjh.mtp.api.groups.AssignmentDelivered;
import se.rjh.mtp.api.groups.AssignmentDrafted;
import se.rjh.mtp.api.groups.AssignmentFeedbackGiven;
import se.rjh.mtp.api.groups.AssignmentFollowUpReported;
import se.rjh.mtp.api.groups.AssignmentIssued;
import se.rjh.mtp.api.groups.AssignmentOverdue;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.GroupKind;
import se.rjh.mtp.api.groups.ProgressReported;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.AcceptAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.CancelAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DeclineAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DeliverAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DraftAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.GiveFeedback;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.IssueAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DraftWrittenAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.IssueDraftedAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.MarkOverdue;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.ReportProgress;
import se.rjh.mtp.groups.workinggroup.domain.GroupEntry;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupDirectory;

/** The lifecycle and its guards. Questions and decisions are in {@link AssignmentQuestionsTest}. */
class AssignmentTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final LocalDate DUE = DAY.plusMonths(2);
    static final Map<String, String> CHAIR = Map.of(MetadataKeys.ACTOR, "ordforande");
    static final Map<String, String> MEMBER = Map.of(MetadataKeys.ACTOR, "lag");
    static final Map<String, String> OUTSIDER = Map.of(MetadataKeys.ACTOR, "other");
    static final AssignmentIssued ISSUED = new AssignmentIssued("a1", "lag-1", "LAG Tillverkning och säkerhet",
            "Rutin för egentillverkning", "Ta fram en rutin", List.of("Rutin", "Checklista"), DUE, null,
            "ordforande", DAY);
    static final AssignmentAccepted ACCEPTED = new AssignmentAccepted("a1", "lag-1", "lag", DAY);
    static final ProgressReported REPORTED =
            new ProgressReported("a1", "lag-1", ProgressStatus.GREEN, "Enligt plan", "lag", DAY.plusDays(7));
    static final AssignmentDelivered DELIVERED =
            new AssignmentDelivered("a1", "lag-1", "Slutrapport", "lag", DAY.plusDays(30));

    static final AssignmentDrafted DRAFTED_FOR_CASE = new AssignmentDrafted("d1", "lag-1",
            "LAG Tillverkning och säkerhet", "Utred pump", "Utred pumpen", List.of(), DUE, "case-1", "f1");
    static final AssignmentIssued ISSUED_FROM_DRAFT = new AssignmentIssued("d1", "lag-1",
            "LAG Tillverkning och säkerhet", "Utred pump", "Utred pumpen", List.of("Utred pump"), DUE, "case-1",
            "ordforande", DAY);
    static final AssignmentAccepted ACCEPTED_DRAFT = new AssignmentAccepted("d1", "lag-1", "lag", DAY);
    static final ProgressReported REPORTED_DRAFT =
            new ProgressReported("d1", "lag-1", ProgressStatus.GREEN, "Enligt plan", "lag", DAY);
    static final AssignmentDelivered DELIVERED_DRAFT = new AssignmentDelivered("d1", "lag-1", "Rapport", "lag", DAY);

    private FixtureConfiguration<Assignment> fixture;

    static WorkingGroupDirectory directory() {
        return id -> switch (id) {
            case "lag-1" -> Optional.of(new GroupEntry("lag-1", "LAG Tillverkning och säkerhet", GroupKind.LAG, true, Set.of("lag")));
            case "lag-2" -> Optional.of(new GroupEntry("lag-2", "LAG Ordnat införande", GroupKind.LAG, true, Set.of("other")));
            case "lsg" -> Optional.of(new GroupEntry("lsg", "LSG MTP", GroupKind.LSG, true, Set.of("ordforande")));
            case "gone" -> Optional.of(new GroupEntry("gone", "Upplöst LAG", GroupKind.LAG, false, Set.of()));
            default -> Optional.empty();
        };
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assignment.class);
        fixture.registerInjectableResource(directory());
    }

    private IssueAssignment issue(String groupId, List<String> deliverables, LocalDate due) {
        return new IssueAssignment("a1", groupId, "Rutin för egentillverkning", "Ta fram en rutin", deliverables, due,
                null, DAY);
    }

    @Test
    void issuesToAnActiveLagNamingTheChair() {
        fixture.givenNoPriorActivity().when(issue("lag-1", List.of("Rutin", "Checklista"), DUE), CHAIR)
                .expectEvents(ISSUED);
    }

    @Test
    void issuingNeedsAnActiveLagDeliverablesAndAFutureDueDate() {
        for (String group : new String[] {"lsg", "gone", "missing"}) {
            fixture.givenNoPriorActivity().when(issue(group, List.of("Rutin"), DUE), CHAIR)
                    .expectException(InvalidInputException.class).expectNoEvents();
        }
        fixture.givenNoPriorActivity().when(issue("lag-1", List.of(" "), DUE), CHAIR)
                .expectException(InvalidInputException.class).expectExceptionMessage("must name at least one entry");
        fixture.givenNoPriorActivity().when(issue("lag-1", List.of("Rutin"), DAY.minusDays(1)), CHAIR)
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(issue("lag-1", List.of("Rutin"), null), CHAIR)
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new IssueAssignment("a1", "lag-1", "T", "Patient 19121212-1212",
                        List.of("R"), DUE, null, DAY), CHAIR)
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void textsAreTrimmedAndHeldToTheSharedLimitsAlsoWhenTheCommandDoesNotComeOverHttp() {
        fixture.givenNoPriorActivity().when(new IssueAssignment("a1", " lag-1 ", "  Rutin för egentillverkning ",
                        "Ta fram en rutin\n", List.of(" Rutin", "", "Checklista "), DUE, " ", DAY), CHAIR)
                .expectEvents(ISSUED);
        fixture.givenNoPriorActivity().when(new IssueAssignment("a1", "lag-1", "x".repeat(TextRules.LINE + 1),
                        "D", List.of("R"), DUE, null, DAY), CHAIR)
                .expectException(InvalidInputException.class).expectExceptionMessage("must be at most 300 characters")
                .expectNoEvents();
        fixture.givenNoPriorActivity().when(issue("lag-1", List.of("x".repeat(TextRules.PARAGRAPH + 1)), DUE), CHAIR)
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(issue("lag-1", Collections.nCopies(Assignment.MAX_DELIVERABLES + 1, "R"),
                        DUE), CHAIR)
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(ISSUED, ACCEPTED)
                .when(new ReportProgress("a1", ProgressStatus.GREEN, "x".repeat(TextRules.TEXT + 1), DAY), MEMBER)
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(ISSUED).when(new DeclineAssignment("a1", "x".repeat(TextRules.PARAGRAPH + 1), DAY), MEMBER)
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void aMemberOfThatLagAcceptsOrDeclines() {
        fixture.given(ISSUED).when(new AcceptAssignment("a1", DAY), MEMBER).expectEvents(ACCEPTED);
        fixture.given(ISSUED).when(new DeclineAssignment("a1", "Saknar resurser", DAY), MEMBER)
                .expectEvents(new AssignmentDeclined("a1", "lag-1", "Saknar resurser", "lag", DAY));
        fixture.given(ISSUED).when(new DeclineAssignment("a1", " ", DAY), MEMBER)
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void aMemberOfAnotherLagOrNoOneIsRefused() {
        fixture.given(ISSUED).when(new AcceptAssignment("a1", DAY), OUTSIDER)
                .expectException(ActionNotPermittedException.class).expectNoEvents();
        fixture.given(ISSUED).when(new AcceptAssignment("a1", DAY))
                .expectException(ActionNotPermittedException.class).expectNoEvents();
        fixture.given(ISSUED, ACCEPTED).when(new ReportProgress("a1", ProgressStatus.RED, "x", DAY), OUTSIDER)
                .expectException(ActionNotPermittedException.class).expectNoEvents();
        fixture.given(ISSUED, ACCEPTED, REPORTED).when(new DeliverAssignment("a1", "R", DAY), OUTSIDER)
                .expectException(ActionNotPermittedException.class).expectNoEvents();
        fixture.given(ISSUED).when(new DeclineAssignment("a1", "Nej", DAY), OUTSIDER)
                .expectException(ActionNotPermittedException.class).expectNoEvents();
    }

    @Test
    void acceptingOrDecliningTwiceIsAConflict() {
        fixture.given(ISSUED, ACCEPTED).when(new AcceptAssignment("a1", DAY), MEMBER)
                .expectException(StateConflictException.class).expectNoEvents();
        fixture.given(ISSUED, ACCEPTED).when(new DeclineAssignment("a1", "Nej", DAY), MEMBER)
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void progressReportsStartTheWorkAndNeedStatusAndText() {
        fixture.given(ISSUED, ACCEPTED)
                .when(new ReportProgress("a1", ProgressStatus.GREEN, "Enligt plan", DAY.plusDays(7)), MEMBER)
                .expectEvents(REPORTED);
        fixture.given(ISSUED, ACCEPTED, REPORTED)
                .when(new ReportProgress("a1", ProgressStatus.YELLOW, "Försenat", DAY.plusDays(14)), MEMBER)
                .expectEvents(new ProgressReported("a1", "lag-1", ProgressStatus.YELLOW, "Försenat", "lag", DAY.plusDays(14)));
        fixture.given(ISSUED).when(new ReportProgress("a1", ProgressStatus.GREEN, "x", DAY), MEMBER)
                .expectException(StateConflictException.class).expectNoEvents();
        fixture.given(ISSUED, ACCEPTED).when(new ReportProgress("a1", null, "x", DAY), MEMBER)
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(ISSUED, ACCEPTED).when(new ReportProgress("a1", ProgressStatus.RED, "", DAY), MEMBER)
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void deliveryNeedsWorkInProgressAndAReport() {
        fixture.given(ISSUED, ACCEPTED, REPORTED).when(new DeliverAssignment("a1", "Slutrapport", DAY.plusDays(30)), MEMBER)
                .expectEvents(DELIVERED);
        fixture.given(ISSUED, ACCEPTED).when(new DeliverAssignment("a1", "Slutrapport", DAY), MEMBER)
                .expectException(StateConflictException.class).expectNoEvents();
        fixture.given(ISSUED, ACCEPTED, REPORTED).when(new DeliverAssignment("a1", " ", DAY), MEMBER)
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void feedbackCompletesOrSendsBackToWork() {
        AssignmentFeedbackGiven revise = new AssignmentFeedbackGiven("a1", "lag-1", FeedbackOutcome.REVISION_REQUESTED,
                "Komplettera", "ordforande", DAY.plusDays(31));
        fixture.given(ISSUED, ACCEPTED, REPORTED, DELIVERED)
                .when(new GiveFeedback("a1", FeedbackOutcome.COMPLETED, "Bra", DAY.plusDays(31)), CHAIR)
                .expectEvents(new AssignmentFeedbackGiven("a1", "lag-1", FeedbackOutcome.COMPLETED, "Bra", "ordforande",
                        DAY.plusDays(31)));
        fixture.given(ISSUED, ACCEPTED, REPORTED, DELIVERED)
                .when(new GiveFeedback("a1", FeedbackOutcome.REVISION_REQUESTED, "Komplettera", DAY.plusDays(31)), CHAIR)
                .expectEvents(revise);
        // back in progress: the LAG delivers again
        fixture.given(ISSUED, ACCEPTED, REPORTED, DELIVERED, revise)
                .when(new DeliverAssignment("a1", "Slutrapport v2", DAY.plusDays(40)), MEMBER)
                .expectEvents(new AssignmentDelivered("a1", "lag-1", "Slutrapport v2", "lag", DAY.plusDays(40)));
    }

    @Test
    void feedbackOnlyOnADeliveryWithOutcomeAndText() {
        fixture.given(ISSUED, ACCEPTED, REPORTED)
                .when(new GiveFeedback("a1", FeedbackOutcome.COMPLETED, "Bra", DAY), CHAIR)
                .expectException(StateConflictException.class).expectNoEvents();
        fixture.given(ISSUED, ACCEPTED, REPORTED, DELIVERED)
                .when(new GiveFeedback("a1", null, "Bra", DAY), CHAIR)
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(ISSUED, ACCEPTED, REPORTED, DELIVERED)
                .when(new GiveFeedback("a1", FeedbackOutcome.COMPLETED, " ", DAY), CHAIR)
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void cancelsAnOpenAssignmentWithAReasonButNotAFinishedOne() {
        fixture.given(ISSUED, ACCEPTED).when(new CancelAssignment("a1", "Inaktuellt", DAY), CHAIR)
                .expectEvents(new AssignmentCancelled("a1", "lag-1", "Inaktuellt", "ordforande", DAY));
        fixture.given(ISSUED).when(new CancelAssignment("a1", "", DAY), CHAIR)
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(ISSUED, new AssignmentCancelled("a1", "lag-1", "x", "ordforande", DAY))
                .when(new CancelAssignment("a1", "Igen", DAY), CHAIR)
                .expectException(StateConflictException.class).expectNoEvents();
        fixture.given(ISSUED, new AssignmentDeclined("a1", "lag-1", "Nej", "lag", DAY))
                .when(new CancelAssignment("a1", "x", DAY), CHAIR)
                .expectException(StateConflictException.class).expectNoEvents();
        fixture.given(ISSUED, new AssignmentCancelled("a1", "lag-1", "x", "ordforande", DAY))
                .when(new AcceptAssignment("a1", DAY), MEMBER)
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void overdueIsRaisedOnceAndOnlyWhenOpenAndPastDue() {
        AssignmentOverdue overdue = new AssignmentOverdue("a1", "lag-1", DUE, DUE.plusDays(1));
        fixture.given(ISSUED, ACCEPTED).when(new MarkOverdue("a1", DUE.plusDays(1))).expectEvents(overdue);
        fixture.given(ISSUED, ACCEPTED, overdue).when(new MarkOverdue("a1", DUE.plusDays(2)))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(ISSUED).when(new MarkOverdue("a1", DUE)).expectNoEvents();
        fixture.given(ISSUED, ACCEPTED, REPORTED, DELIVERED).when(new MarkOverdue("a1", DUE.plusDays(1)))
                .expectNoEvents();
        fixture.given(ISSUED, new AssignmentCancelled("a1", "lag-1", "x", "ordforande", DAY))
                .when(new MarkOverdue("a1", DUE.plusDays(1))).expectNoEvents();
    }

    @Test
    void aDraftIsMadeOnceAndIssuedByTheChair() {
        DraftAssignment draft = new DraftAssignment("d1", "lag-1", "Utred pump", "Utred pumpen", List.of(), DUE,
                "case-1", "f1", DAY);
        AssignmentDrafted drafted = new AssignmentDrafted("d1", "lag-1", "LAG Tillverkning och säkerhet", "Utred pump",
                "Utred pumpen", List.of(), DUE, "case-1", "f1");
        fixture.givenNoPriorActivity().when(draft).expectEvents(drafted);
        fixture.given(drafted).when(draft).expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(drafted).when(new IssueDraftedAssignment("d1", null, DAY), CHAIR)
                .expectEvents(new AssignmentIssued("d1", "lag-1", "LAG Tillverkning och säkerhet", "Utred pump",
                        "Utred pumpen", List.of("Utred pump"), DUE, "case-1", "ordforande", DAY));
    }

    @Test
    void theChairKeepsAWrittenAssignmentAsADraftAndIssuesItLater() {
        DraftWrittenAssignment draft = new DraftWrittenAssignment("a1", "lag-1", " Rutin för egentillverkning ",
                "Ta fram en rutin", List.of("Rutin", "Checklista"), DUE, null, DAY);
        AssignmentDrafted drafted = new AssignmentDrafted("a1", "lag-1", "LAG Tillverkning och säkerhet",
                "Rutin för egentillverkning", "Ta fram en rutin", List.of("Rutin", "Checklista"), DUE, null, null);
        fixture.givenNoPriorActivity().when(draft, CHAIR).expectEvents(drafted);
        fixture.given(drafted).when(new AcceptAssignment("a1", DAY), MEMBER)
                .expectException(StateConflictException.class).expectNoEvents();
        fixture.given(drafted).when(new IssueDraftedAssignment("a1", null, DAY.plusDays(3)), CHAIR)
                .expectEvents(new AssignmentIssued("a1", "lag-1", "LAG Tillverkning och säkerhet",
                        "Rutin för egentillverkning", "Ta fram en rutin", List.of("Rutin", "Checklista"), DUE, null,
                        "ordforande", DAY.plusDays(3)));
        // Not a decision's follow-up: completing it reports nothing back to a case.
        fixture.given(drafted, new AssignmentIssued("a1", "lag-1", "LAG Tillverkning och säkerhet",
                        "Rutin för egentillverkning", "Ta fram en rutin", List.of("Rutin", "Checklista"), DUE, null,
                        "ordforande", DAY), ACCEPTED, REPORTED, DELIVERED)
                .when(new GiveFeedback("a1", FeedbackOutcome.COMPLETED, "Bra", DAY.plusDays(31)), CHAIR)
                .expectEvents(new AssignmentFeedbackGiven("a1", "lag-1", FeedbackOutcome.COMPLETED, "Bra",
                        "ordforande", DAY.plusDays(31)));
    }

    @Test
    void aWrittenDraftMeetsTheRulesOfAnIssuedAssignment() {
        for (String group : new String[] {"lsg", "gone", "missing"}) {
            fixture.givenNoPriorActivity().when(new DraftWrittenAssignment("a1", group, "T", "D", List.of("R"), DUE,
                            null, DAY), CHAIR)
                    .expectException(InvalidInputException.class).expectNoEvents();
        }
        fixture.givenNoPriorActivity().when(new DraftWrittenAssignment("a1", "lag-1", "T", "D", List.of(" "), DUE,
                        null, DAY), CHAIR)
                .expectException(InvalidInputException.class).expectExceptionMessage("must name at least one entry");
        fixture.givenNoPriorActivity().when(new DraftWrittenAssignment("a1", "lag-1", "T", "D", List.of("R"),
                        DAY.minusDays(1), null, DAY), CHAIR)
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new DraftWrittenAssignment("a1", "lag-1", "T", "Patient 19121212-1212",
                        List.of("R"), DUE, null, DAY), CHAIR)
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void aDraftCannotBeWorkedOnBeforeItIsIssuedNorIssuedTwice() {
        AssignmentDrafted drafted = new AssignmentDrafted("d1", "lag-1", "LAG T", "Utred", null, List.of(), null,
                "case-1", "f1");
        fixture.given(drafted).when(new AcceptAssignment("d1", DAY), MEMBER)
                .expectException(StateConflictException.class).expectNoEvents();
        fixture.given(drafted).when(new IssueDraftedAssignment("d1", null, DAY), CHAIR)
                .expectException(InvalidInputException.class).expectExceptionMessage("is required");
        fixture.given(drafted).when(new MarkOverdue("d1", DAY.plusYears(1))).expectNoEvents();
    }

    @Test
    void anIssuedAssignmentIsNotIssuedAgainAsADraft() {
        fixture.given(ISSUED).when(new IssueDraftedAssignment("a1", DUE, DAY), CHAIR)
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void aFollowUpNamingSomethingOtherThanAnActiveLagIsReportedNotPossibleOnce() {
        DraftAssignment draft = new DraftAssignment("d1", "lsg", "T", null, List.of(), null, "case-1", "f1", DAY);
        AssignmentFollowUpReported notPossible = new AssignmentFollowUpReported("d1", "lsg", "case-1", "f1",
                FollowUpOutcome.NOT_POSSIBLE, "Det finns ingen aktiv LAG med id lsg.", DAY);
        fixture.givenNoPriorActivity().when(draft).expectEvents(notPossible);
        fixture.givenNoPriorActivity()
                .when(new DraftAssignment("d1", "lag-okand", "T", null, List.of(), null, "case-1", "f1", DAY))
                .expectEvents(new AssignmentFollowUpReported("d1", "lag-okand", "case-1", "f1",
                        FollowUpOutcome.NOT_POSSIBLE, "Det finns ingen aktiv LAG med id lag-okand.", DAY));
        fixture.given(notPossible).when(draft).expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(notPossible).when(new IssueDraftedAssignment("d1", DUE, DAY), CHAIR)
                .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void aDraftedAssignmentReportsItsFollowUpDoneWhenCompletedOnly() {
        fixture.given(DRAFTED_FOR_CASE, ISSUED_FROM_DRAFT, ACCEPTED_DRAFT, REPORTED_DRAFT, DELIVERED_DRAFT)
                .when(new GiveFeedback("d1", FeedbackOutcome.COMPLETED, "Bra", DAY), CHAIR)
                .expectEvents(new AssignmentFeedbackGiven("d1", "lag-1", FeedbackOutcome.COMPLETED, "Bra", "ordforande",
                                DAY),
                        new AssignmentFollowUpReported("d1", "lag-1", "case-1", "f1", FollowUpOutcome.DONE, null, DAY));
        fixture.given(DRAFTED_FOR_CASE, ISSUED_FROM_DRAFT, ACCEPTED_DRAFT, REPORTED_DRAFT, DELIVERED_DRAFT)
                .when(new GiveFeedback("d1", FeedbackOutcome.REVISION_REQUESTED, "Mer", DAY), CHAIR)
                .expectEvents(new AssignmentFeedbackGiven("d1", "lag-1", FeedbackOutcome.REVISION_REQUESTED, "Mer",
                        "ordforande", DAY));
    }

    @Test
    void aCancelledOrDeclinedDraftedAssignmentReportsItsFollowUpNotPossible() {
        fixture.given(DRAFTED_FOR_CASE)
                .when(new CancelAssignment("d1", "Behövs inte", DAY), CHAIR)
                .expectEvents(new AssignmentCancelled("d1", "lag-1", "Behövs inte", "ordforande", DAY),
                        new AssignmentFollowUpReported("d1", "lag-1", "case-1", "f1", FollowUpOutcome.NOT_POSSIBLE,
                                "Uppdraget avbröts: Behövs inte", DAY));
        fixture.given(DRAFTED_FOR_CASE, ISSUED_FROM_DRAFT)
                .when(new DeclineAssignment("d1", "Saknar kompetens", DAY), MEMBER)
                .expectEvents(new AssignmentDeclined("d1", "lag-1", "Saknar kompetens", "lag", DAY),
                        new AssignmentFollowUpReported("d1", "lag-1", "case-1", "f1", FollowUpOutcome.NOT_POSSIBLE,
                                "LAG:en avböjde uppdraget: Saknar kompetens", DAY));
    }

    @Test
    void anAssignmentIssuedDirectlyCarriesOutNoFollowUpSoReportsNone() {
        fixture.given(ISSUED).when(new CancelAssignment("a1", "Behövs inte", DAY), CHAIR)
                .expectEvents(new AssignmentCancelled("a1", "lag-1", "Behövs inte", "ordforande", DAY));
    }
}
