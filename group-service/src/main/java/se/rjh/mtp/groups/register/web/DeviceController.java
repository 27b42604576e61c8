package se.rjh.mtp.groups.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.cases.view.HistoryEntry;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.devices.InHouseDeviceDescription;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.devices.view.InHouseDevicePage;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;
import se.rjh.mtp.api.devices.view.RegisterRules;
import se.rjh.mtp.api.devices.view.ReleaseCheck;
import se.rjh.mtp.api.groups.view.CreatedId;
import se.rjh.mtp.groups.register.RegisterProperties;
import se.rjh.mtp.groups.register.domain.RegisterCommands.ChangeReviewInterval;
import se.rjh.mtp.groups.register.domain.RegisterCommands.CheckRelease;
import se.rjh.mtp.groups.register.domain.RegisterCommands.CompleteCorrectiveAction;
import se.rjh.mtp.groups.register.domain.RegisterCommands.DescribeDevice;
import se.rjh.mtp.groups.register.domain.RegisterCommands.LinkCase;
import se.rjh.mtp.groups.register.domain.RegisterCommands.NewCorrectiveAction;
import se.rjh.mtp.groups.register.domain.RegisterCommands.ProposeInHouseDevice;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordGspr;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordIvoInformation;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordMarketSearch;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordReview;
import se.rjh.mtp.groups.register.domain.RegisterCommands.ReleaseDevice;
import se.rjh.mtp.groups.register.domain.RegisterCommands.StartDevelopment;
import se.rjh.mtp.groups.register.domain.RegisterCommands.TakeIntoUse;
import se.rjh.mtp.groups.register.domain.RegisterCommands.WithdrawDevice;
import se.rjh.mtp.groups.register.projection.DeviceQueries;
import se.rjh.mtp.groups.register.reaction.CaseFacts;
import se.rjh.mtp.groups.register.web.RegisterRequests.CaseLinkRequest;
import se.rjh.mtp.groups.register.web.RegisterRequests.CompletionRequest;
import se.rjh.mtp.groups.register.web.RegisterRequests.DescriptionRequest;
import se.rjh.mtp.groups.register.web.RegisterRequests.GsprRequest;
import se.rjh.mtp.groups.register.web.RegisterRequests.InUseRequest;
import se.rjh.mtp.groups.register.web.RegisterRequests.IvoInformationRequest;
import se.rjh.mtp.groups.register.web.RegisterRequests.MarketSearchRequest;
import se.rjh.mtp.groups.register.web.RegisterRequests.ProposeRequest;
import se.rjh.mtp.groups.register.web.RegisterRequests.ReleaseRequest;
import se.rjh.mtp.groups.register.web.RegisterRequests.ReviewIntervalRequest;
import se.rjh.mtp.groups.register.web.RegisterRequests.ReviewRequest;
import se.rjh.mtp.groups.register.web.RegisterRequests.WithdrawalRequest;
import se.rjh.mtp.platform.security.Access;
import se.rjh.mtp.platform.web.CommandPost;
import se.rjh.mtp.platform.web.Commands;

/**
 * The register of in-house devices. The LSG chair and the case officers maintain it, the chair alone releases and
 * withdraws, everyone signed-in reads. Every other rule is the aggregate's.
 */
@RestController
@RequestMapping("/api/devices")
@Tag(name = "In-house devices", description = "The register of in-house devices (egentillverkade produkter, "
        + "MDR/IVDR Art. 5(5)) and their yearly reviews")
class DeviceController {

    private final Commands commands;
    private final DeviceQueries queries;
    private final CaseFacts cases;
    private final RegisterProperties properties;

    DeviceController(Commands commands, DeviceQueries queries, CaseFacts cases, RegisterProperties properties) {
        this.commands = commands;
        this.queries = queries;
        this.cases = cases;
        this.properties = properties;
    }

    @Operation(summary = "The register, by number, filtered by status, responsible unit and text, one page at a time")
    @GetMapping
    @Access.SignedIn
    InHouseDevicePage list(@RequestParam(required = false) InHouseDeviceStatus status,
                           @Parameter(description = "the responsible unit's id")
                           @RequestParam(required = false) String unit,
                           @Parameter(description = "text in the register id, name or intended purpose")
                           @RequestParam(required = false) String q,
                           @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
                           @Parameter(description = "devices per page, 1 to 200")
                           @RequestParam(defaultValue = "50") int size) {
        return queries.list(status, unit, q, page, size);
    }

    @Operation(summary = "The register's configured rules: IVO content and deadline, intervals, GSPR sections")
    @GetMapping("/rules")
    @Access.SignedIn
    RegisterRules rules() {
        return properties.rules();
    }

    @Operation(summary = "One device with its checklist, reviews, corrective actions, incidents and change log")
    @GetMapping("/{id}")
    @Access.SignedIn
    InHouseDeviceView get(@PathVariable String id) {
        return queries.details(id);
    }

    @Operation(summary = "The device's timeline: every event, oldest first, with who caused it")
    @GetMapping("/{id}/history")
    @Access.SignedIn
    List<HistoryEntry> history(@PathVariable String id) {
        return queries.history(id);
    }

    @Operation(summary = "What a release still needs; the same list a refused release answers with")
    @GetMapping("/{id}/release-check")
    @Access.SignedIn
    ReleaseCheck releaseCheck(@PathVariable String id) {
        InHouseDeviceView device = queries.details(id);
        List<String> missing = commands.sendAndWait(new CheckRelease(id));
        return new ReleaseCheck(id, missing.isEmpty() && device.status() == InHouseDeviceStatus.UNDER_DEVELOPMENT,
                missing);
    }

    @Operation(summary = "Enter a device by hand, PROPOSED; a decided in-house manufacturing case enters its own")
    @PostMapping
    @Access.CaseOfficerOrChair
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedId> propose(@Valid @RequestBody ProposeRequest request) {
        String id = commands.sendAndWait(new ProposeInHouseDevice(request.name(), request.kind(),
                request.intendedPurpose(), request.responsibleUnitId(), commands.today(), null, null));
        return ResponseEntity.created(URI.create("/api/devices/" + id)).body(new CreatedId(id));
    }

    @Operation(summary = "Record what the device is: name, version, kind, purpose, class, unit, site, references")
    @PutMapping("/{id}/description")
    @Access.CaseOfficerOrChair
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void describe(@PathVariable String id, @Valid @RequestBody DescriptionRequest r) {
        commands.sendAndWait(new DescribeDevice(id, new InHouseDeviceDescription(r.name(), r.deviceVersion(), r.kind(),
                r.intendedPurpose(), r.targetGroup(), r.riskClass(), r.classificationRule(),
                r.classificationRationale(), r.responsibleUnitId(), r.manufacturingSite(), r.qmsReference(),
                r.riskManagementFileRef(), r.documentationRef(), r.unitsPerYear()), r.changeNote(), commands.today()));
    }

    @Operation(summary = "Record the non-equivalence justification and a market search (MDCG 2023-1)")
    @PutMapping("/{id}/market-search")
    @Access.CaseOfficerOrChair
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void marketSearch(@PathVariable String id, @Valid @RequestBody MarketSearchRequest r) {
        commands.sendAndWait(new RecordMarketSearch(id, r.nonEquivalenceJustification(), r.searchedOn(),
                r.equivalentDeviceFound(), r.result(), r.nextSearchDue(), r.changeNote(), commands.today()));
    }

    @Operation(summary = "Answer general safety and performance requirements of the checklist (merged per section)")
    @PutMapping("/{id}/gspr")
    @Access.CaseOfficerOrChair
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void gspr(@PathVariable String id, @Valid @RequestBody GsprRequest r) {
        commands.sendAndWait(new RecordGspr(id, r.entries(), r.changeNote(), commands.today()));
    }

    @Operation(summary = "Record the information given to IVO (HSLF-FS 2021:32 4 kap. 2 §)")
    @PutMapping("/{id}/ivo-information")
    @Access.CaseOfficerOrChair
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void ivoInformation(@PathVariable String id, @Valid @RequestBody IvoInformationRequest r) {
        commands.sendAndWait(new RecordIvoInformation(id, r.informedOn(), r.reference(), r.contentIncluded(),
                r.changeNote(), commands.today()));
    }

    @Operation(summary = "Link the decided in-house manufacturing case that allows the device")
    @PutMapping("/{id}/case")
    @Access.CaseOfficerOrChair
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void linkCase(@PathVariable String id, @Valid @RequestBody CaseLinkRequest r) {
        commands.sendAndWait(new LinkCase(id, cases.decidedInHouseCase(r.caseId().strip()).orElseThrow(() ->
                new InvalidInputException("caseId", "is no decided IN_HOUSE_MANUFACTURING case"))));
    }

    @Operation(summary = "Set the device's review interval (ISO-8601 period, e.g. P6M)")
    @PutMapping("/{id}/review-interval")
    @Access.CaseOfficerOrChair
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reviewInterval(@PathVariable String id, @Valid @RequestBody ReviewIntervalRequest r) {
        Period interval;
        try {
            interval = Period.parse(r.reviewInterval().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("reviewInterval", "must be an ISO-8601 period such as P12M");
        }
        commands.sendAndWait(new ChangeReviewInterval(id, interval));
    }

    @Operation(summary = "Start development: PROPOSED → UNDER_DEVELOPMENT")
    @CommandPost("/{id}/development")
    @Access.CaseOfficerOrChair
    void startDevelopment(@PathVariable String id) {
        commands.sendAndWait(new StartDevelopment(id, commands.today()));
    }

    @Operation(summary = "The chair releases the device; refused with the list of what is missing")
    @CommandPost("/{id}/release")
    @Access.Chair
    void release(@PathVariable String id, @Valid @RequestBody(required = false) ReleaseRequest r) {
        commands.sendAndWait(new ReleaseDevice(id, commands.todayUnless(r == null ? null : r.releasedOn())));
    }

    @Operation(summary = "Take the released device into use: it appears on the public declaration")
    @CommandPost("/{id}/in-use")
    @Access.CaseOfficerOrChair
    void takeIntoUse(@PathVariable String id, @Valid @RequestBody(required = false) InUseRequest r) {
        commands.sendAndWait(new TakeIntoUse(id, r == null ? null : r.inUseFrom(), commands.today()));
    }

    @Operation(summary = "Record a review of the experience from clinical use, with corrective actions")
    @PostMapping("/{id}/reviews")
    @Access.CaseOfficerOrChair
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedId> review(@PathVariable String id, @Valid @RequestBody ReviewRequest r) {
        String reviewId = UUID.randomUUID().toString();
        List<NewCorrectiveAction> actions = r.correctiveActions() == null ? List.of() : r.correctiveActions().stream()
                .map(a -> new NewCorrectiveAction(a.description(), a.owner(), a.dueDate())).toList();
        commands.sendAndWait(new RecordReview(id, reviewId, r.findings().toFindings(), actions, commands.today()));
        return ResponseEntity.created(URI.create("/api/devices/" + id)).body(new CreatedId(reviewId));
    }

    @Operation(summary = "Record a review's corrective action as completed")
    @CommandPost("/{id}/reviews/{reviewId}/actions/{actionId}/completion")
    @Access.CaseOfficerOrChair
    void completeAction(@PathVariable String id, @PathVariable String reviewId, @PathVariable String actionId,
                        @Valid @RequestBody(required = false) CompletionRequest r) {
        commands.sendAndWait(new CompleteCorrectiveAction(id, reviewId, actionId,
                commands.todayUnless(r == null ? null : r.completedOn()), r == null ? null : r.note()));
    }

    @Operation(summary = "The chair withdraws the device, with reason and transition plan; its records stay")
    @CommandPost("/{id}/withdrawal")
    @Access.Chair
    void withdraw(@PathVariable String id, @Valid @RequestBody WithdrawalRequest r) {
        commands.sendAndWait(new WithdrawDevice(id, commands.todayUnless(r.withdrawnOn()), r.reason(),
                r.transitionPlan(), r.reviewId()));
    }
}
