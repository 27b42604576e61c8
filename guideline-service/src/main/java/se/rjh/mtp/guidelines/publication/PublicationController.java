package se.rjh.mtp.guidelines.publication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.guidelines.view.Publication;
import se.rjh.mtp.api.guidelines.view.Retirement;
import se.rjh.mtp.guidelines.domain.Commands.PublishVersion;
import se.rjh.mtp.guidelines.domain.Commands.RetireGuideline;
import se.rjh.mtp.guidelines.domain.VersionStatus;
import se.rjh.mtp.platform.security.Access;
import se.rjh.mtp.platform.web.Commands;

@RestController
@RequestMapping("/api/guidelines/{documentNumber}")
@Tag(name = "Publication", description = "Publishing and retiring. Role: LSG_CHAIR.")
class PublicationController {

    private final Commands commands;

    PublicationController(Commands commands) {
        this.commands = commands;
    }

    @Operation(summary = "Publish an APPROVED version; the previous published version is superseded",
            description = "Role: LSG_CHAIR. Sets valid-from and the next review date (valid-from + review interval).")
    @PostMapping("/versions/{versionNumber}/publication")
    @Access.Chair
    Publication publish(@PathVariable String documentNumber, @PathVariable int versionNumber,
                        @Valid @RequestBody(required = false) PublicationRequests.PublishRequest request) {
        LocalDate validFrom = request == null || request.validFrom() == null ? commands.today() : request.validFrom();
        commands.sendAndWait(new PublishVersion(documentNumber, versionNumber, validFrom));
        return new Publication(documentNumber, versionNumber, VersionStatus.PUBLISHED.name(), validFrom);
    }

    @Operation(summary = "Retire the guideline, with a reason; its versions stay readable",
            description = "Role: LSG_CHAIR.")
    @PostMapping("/retirement")
    @Access.Chair
    Retirement retire(@PathVariable String documentNumber, @Valid @RequestBody PublicationRequests.RetireRequest request) {
        commands.sendAndWait(new RetireGuideline(documentNumber, request.reason(), commands.today()));
        return new Retirement(documentNumber, true);
    }
}
