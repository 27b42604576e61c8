/**
 * group-service: the LSG and its working groups (LAG), written assignments, reports, questions and feedback, and the
 * LSG's outward work: the unit register and the distributions of decisions and guidelines to the units.
 * Packaged by bounded context: {@code workinggroup}, {@code assignment}, {@code unit} and {@code distribution} (each
 * with {@code domain}, {@code web} and {@code projection}), {@code questions} from a LAG to the LSG, {@code decisions}
 * coming back from case-service, {@code overdue} for the assignments' deadline scan, and {@code lookup} for rules that
 * read another aggregate.
 */
package se.rjh.mtp.groups;
