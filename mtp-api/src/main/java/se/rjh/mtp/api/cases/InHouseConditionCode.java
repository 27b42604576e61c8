package se.rjh.mtp.api.cases;

/** MDR Art. 5(5) points (a)–(h), the conditions for in-house manufacturing in a health institution. */
public enum InHouseConditionCode {
    /** (a) not transferred to another legal entity */
    A,
    /** (b) appropriate quality management system */
    B,
    /** (c) documented justification that no equivalent device on the market meets the patient group's needs */
    C,
    /** (d) information to the competent authority on request */
    D,
    /** (e) a publicly available declaration */
    E,
    /** (f) documentation of facility, process, design and performance */
    F,
    /** (g) manufacture according to that documentation */
    G,
    /** (h) review of clinical experience and corrective action */
    H
}
