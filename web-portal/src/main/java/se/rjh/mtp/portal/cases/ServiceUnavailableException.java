package se.rjh.mtp.portal.cases;

/** The service could not be reached or said it is unavailable (503): the page says so, the rest keep working. */
public class ServiceUnavailableException extends RuntimeException {
    public ServiceUnavailableException(String service, Throwable cause) {
        super(service + " is unavailable", cause);
    }
}
