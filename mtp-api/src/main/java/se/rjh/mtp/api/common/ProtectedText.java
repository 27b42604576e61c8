package se.rjh.mtp.api.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks free text of a case that a secrecy marking (OSL) protects: masked for readers without access, and stored and
 * published encrypted while the case is marked. On a record-typed field (the submitter) every text field of the record
 * is protected. Which part of the case the text belongs to decides who reads it (see {@link Part}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface ProtectedText {

    /** The part of the case the text belongs to. */
    Part value();

    /** The registrar reads and corrects the registration data of a marked case, but not its preparation. */
    enum Part {
        /** Subject, description, submitter, and the registrar's own reasons (correction, marking, voiding). */
        REGISTRATION,
        /** Notes, documents, consultations, risk, proposal, decision, follow-ups, and their reasons. */
        PREPARATION
    }
}
