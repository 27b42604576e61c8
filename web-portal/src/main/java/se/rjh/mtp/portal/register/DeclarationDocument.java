package se.rjh.mtp.portal.register;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.rjh.mtp.api.devices.view.DeclarationView;
import se.rjh.mtp.portal.config.WebConfiguration;

/**
 * The public declaration as a standalone document: the Thymeleaf template {@value #TEMPLATE} as HTML, and the same
 * HTML rendered to PDF. The PDF embeds Liberation Sans from PDFBox's own resources (it has å, ä and ö; the 14
 * standard PDF fonts are not embedded), so no font file is kept in the repository.
 */
class DeclarationDocument {

    static final String TEMPLATE = "register/declaration-document";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String FONT_FAMILY = "Liberation Sans";

    private final ITemplateEngine templates;

    DeclarationDocument(ITemplateEngine templates) {
        this.templates = templates;
    }

    String html(DeclarationView declaration) {
        Context context = new Context(WebConfiguration.SWEDISH);
        context.setVariable("declaration", declaration);
        return templates.process(TEMPLATE, context);
    }

    byte[] pdf(DeclarationView declaration) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // One face for every weight: headings are set in the same embedded font rather than a non-embedded one.
            for (int weight : new int[] {400, 700}) {
                builder.useFont(() -> DeclarationDocument.class.getResourceAsStream(FONT), FONT_FAMILY, weight,
                        BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(html(declaration), null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
