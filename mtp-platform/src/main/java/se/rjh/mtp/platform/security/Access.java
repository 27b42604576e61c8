package se.rjh.mtp.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may call an endpoint, each rule written once: meta-annotations of {@code @PreAuthorize}, put on the endpoint
 * like it, so the rule is still read next to the code it guards. Method security and {@link EarlyMethodAuthorization}
 * find {@code @PreAuthorize} through them, so a caller without the role gets the same 403 as before.
 */
public final class Access {

    private Access() {
    }

    /** Anyone signed in. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("isAuthenticated()")
    public @interface SignedIn {
    }

    /** The chair of the LSG MTP only. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('LSG_CHAIR')")
    public @interface Chair {
    }

    /** A LAG member; the aggregate checks membership of the LAG in question. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('LAG_MEMBER')")
    public @interface LagMember {
    }

    /** Those who keep reference data (working groups, units): the chair, and ADMIN. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('LSG_CHAIR', 'ADMIN')")
    public @interface ChairOrAdmin {
    }

    /** Those who prepare what the LSG decides on: case officers and the chair. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'LSG_CHAIR')")
    public @interface CaseOfficerOrChair {
    }

    /** The auditor only: the audit trails show personal data. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('AUDITOR')")
    public @interface Auditor {
    }

    /** The auditor, and ADMIN: tamper evidence. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    public @interface AuditorOrAdmin {
    }

    /** The registrar only: intake and registration in the diarium. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('REGISTRAR')")
    public @interface Registrar {
    }

    /** A case officer only: the preparation of a case. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('CASE_OFFICER')")
    public @interface CaseOfficer {
    }

    /** The registrar and the chair: what the diarium records of a decided case. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('REGISTRAR', 'LSG_CHAIR')")
    public @interface RegistrarOrChair {
    }

    /** Those who handle a case's content: the registrar, case officers and the chair (secrecy markings). */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'LSG_CHAIR')")
    public @interface CaseHandler {
    }

    /** Everyone who may be named to review a guideline; the aggregate checks that the caller was named. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('CASE_OFFICER', 'LSG_CHAIR', 'LAG_MEMBER', 'REGISTRAR')")
    public @interface Reviewer {
    }

    /** The operator (ADMIN) only: the event store and the dead-letter queues. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('ADMIN')")
    public @interface Admin {
    }
}
