/**
 * group-service: the LSG and its working groups (LAG), written assignments, reports, questions and feedback.
 * Packaged by bounded context: {@code workinggroup} and {@code assignment} (each with {@code domain}, {@code web} and
 * {@code projection}), {@code questions} from a LAG to the LSG, {@code decisions} coming back from case-service, and
 * {@code overdue} for the deadline scan.
 */
package se.rjh.mtp.groups;
