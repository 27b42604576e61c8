package se.rjh.mtp.portal.register;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The public declaration page's question: which version was public at the end of a day (none: the current one). */
public class DeclarationQuery {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate datum;

    public LocalDate getDatum() { return datum; }
    public void setDatum(LocalDate datum) { this.datum = datum; }
}
