package se.rjh.mtp.api.cases;

/**
 * The points of Art. 5(5), the conditions for in-house manufacturing in a health institution, by their letter in the
 * regulation that applies ({@link InHouseRegulation}): MDR 2017/745 has (a)–(h), IVDR 2017/746 (a)–(i). The IVDR
 * adds the laboratory condition as (c), so its later letters are the MDR's shifted by one.
 */
public enum InHouseConditionCode {
    /** (a) not transferred to another legal entity (MDR and IVDR) */
    A,
    /** (b) manufacture and use under an appropriate quality management system (MDR and IVDR) */
    B,
    /**
     * MDR (c): justification that no equivalent device on the market meets the target patient group's needs;
     * IVDR (c): the laboratory complies with EN ISO 15189 or applicable national provisions, including accreditation
     */
    C,
    /** MDR (d): information to the competent authority on request; IVDR (d): the justification of MDR (c) */
    D,
    /** MDR (e): the public declaration; IVDR (e): information to the competent authority on request */
    E,
    /**
     * MDR (f): documentation of facility, process, design and performance, with the intended purpose; IVDR (f): the
     * public declaration
     */
    F,
    /**
     * MDR (g): manufacture according to that documentation; IVDR (g): the documentation of MDR (f) (for class D
     * devices, in the IVDR's wording)
     */
    G,
    /**
     * MDR (h): review of the experience from clinical use and all necessary corrective actions; IVDR (h):
     * manufacture according to the documentation
     */
    H,
    /** IVDR only, (i): review of the experience from clinical use and all necessary corrective actions */
    I
}
