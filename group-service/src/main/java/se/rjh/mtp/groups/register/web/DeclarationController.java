package se.rjh.mtp.groups.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.devices.view.DeclarationHistory;
import se.rjh.mtp.api.devices.view.DeclarationView;
import se.rjh.mtp.groups.register.projection.DeclarationQueries;

/** The public declaration of the region's in-house devices: public by law, so without sign-in. */
@RestController
@RequestMapping(DeclarationController.PATH)
@Tag(name = "Public declaration", description = "The public declaration of in-house devices (MDR/IVDR Art. 5(5), "
        + "MDCG 2023-1 Annex A), without sign-in")
class DeclarationController {

    static final String PATH = "/api/public/declaration";

    private final DeclarationQueries declaration;

    DeclarationController(DeclarationQueries declaration) {
        this.declaration = declaration;
    }

    @Operation(summary = "The public declaration now, or the version that was public on a given day")
    @GetMapping
    @PreAuthorize("permitAll()")
    DeclarationView get(@Parameter(description = "a day (YYYY-MM-DD): the version public at its end")
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return on == null ? declaration.current() : declaration.on(on);
    }

    @Operation(summary = "Every version of the public declaration with the dates it was public")
    @GetMapping("/history")
    @PreAuthorize("permitAll()")
    DeclarationHistory history() {
        return declaration.history();
    }
}
