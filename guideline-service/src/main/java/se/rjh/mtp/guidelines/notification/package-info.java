/** E-mail when a published guideline is due for review, sent and recorded on the guideline by the platform's notifier. */
package se.rjh.mtp.guidelines.notification;
