package se.rjh.mtp.api.groups;

/** A unit's answer: "läst och infört" or "ej tillämpligt". */
public enum AcknowledgementResponse {
    IMPLEMENTED,
    NOT_APPLICABLE
}
