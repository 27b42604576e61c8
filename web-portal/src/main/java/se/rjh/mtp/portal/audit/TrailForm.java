package se.rjh.mtp.portal.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.Errors;

/** The trail page's filter form as typed (GET parameters); {@link #filter} reads the dates, naming a bad one. */
public class TrailForm {

    private String service;
    private String eventType;
    private String actor;
    private String from;
    private String to;

    /** The filter, with an unreadable date left out and rejected at its field. */
    TrailFilter filter(Errors errors) {
        return new TrailFilter(service, eventType, actor, date("from", from, errors), date("to", to, errors));
    }

    /** A date as ÅÅÅÅ-MM-DD; blank is none. */
    static LocalDate date(String field, String text, Errors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "audit.date.invalid");
            return null;
        }
    }

    public String getService() { return service; }
    public void setService(String service) { this.service = service; }
    public String getEventType() { return eventType; }
    public void setEventType(String eventType) { this.eventType = eventType; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
