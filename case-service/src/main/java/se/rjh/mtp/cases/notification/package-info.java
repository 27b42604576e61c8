/**
 * E-mail about cases: the case officer when a case is theirs or a consultation is overdue, the concerned body when it
 * is consulted, the chair when a proposal waits, the submitter when the case is decided. Sent and recorded on the case
 * through the platform's notifier; a marked case's mail names only diarienummer, dates and a link.
 */
package se.rjh.mtp.cases.notification;
