package se.rjh.mtp.portal.register;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.thymeleaf.ITemplateEngine;
import se.rjh.mtp.api.devices.view.DeclarationView;
import se.rjh.mtp.portal.cases.ServiceRefusal;

/**
 * The public declaration of in-house devices (MDR/IVDR Art. 5(5)(e)), for anyone and without sign-in (a permitted
 * path in the portal's security): the page with its version history and "which version was public on a date", and
 * the same declaration as an HTML document, a PDF and JSON.
 */
@Controller
class PublicDeclarationController {

    static final String PAGE = "/offentlig-forklaring";

    private final DeclarationGateway declarations;
    private final DeclarationDocument document;

    PublicDeclarationController(DeclarationGateway declarations, ITemplateEngine templates) {
        this.declarations = declarations;
        this.document = new DeclarationDocument(templates);
    }

    @GetMapping(PAGE)
    String page(@ModelAttribute("query") DeclarationQuery query, BindingResult errors, Model model) {
        LocalDate on = errors.hasFieldErrors("datum") ? null : query.getDatum();
        DeclarationView declaration;
        try {
            declaration = declarations.declaration(on);
        } catch (ServiceRefusal refusal) {
            if (refusal.status() != 400) {
                throw refusal;
            }
            // A day the register does not answer for (e.g. in the future): the current one, the date at its field.
            errors.rejectValue("datum", "register.declaration.onDate.refused");
            on = null;
            declaration = declarations.declaration(null);
        }
        model.addAttribute("on", on);
        model.addAttribute("declaration", declaration);
        model.addAttribute("history", declarations.history());
        return "register/declaration";
    }

    @GetMapping(PAGE + ".html")
    ResponseEntity<String> html(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate datum) {
        DeclarationView declaration = declarations.declaration(datum);
        return download(declaration, new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8), "html",
                document.html(declaration));
    }

    @GetMapping(PAGE + ".pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate datum) {
        DeclarationView declaration = declarations.declaration(datum);
        return download(declaration, MediaType.APPLICATION_PDF, "pdf", document.pdf(declaration));
    }

    /** The service's own JSON, through the portal: group-service is not reachable from outside. */
    @GetMapping(value = PAGE + ".json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    DeclarationView json(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                         LocalDate datum) {
        return declarations.declaration(datum);
    }

    /**
     * A document to keep, so saved rather than shown (the page itself is the one to read): named by its version, in
     * ASCII letters so that no browser or file system mangles å, ä or ö.
     */
    private static <T> ResponseEntity<T> download(DeclarationView declaration, MediaType type, String extension,
                                                  T body) {
        String name = "offentlig-forklaring-version-" + declaration.version() + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
