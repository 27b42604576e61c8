/** E-mail to a LAG about its assignments (issued, overdue), sent and recorded on the assignment by the platform's notifier. */
package se.rjh.mtp.groups.notification;
