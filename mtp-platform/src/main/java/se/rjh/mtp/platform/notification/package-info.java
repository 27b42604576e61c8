/**
 * E-mail notifications, once for every service: the Swedish templates, the recipients from configuration, sending
 * from the tracking processor {@value se.rjh.mtp.platform.notification.Notifier#PROCESSING_GROUP} with retries and
 * then the dead-letter queue, and recording each sent mail on the aggregate it concerns.
 */
package se.rjh.mtp.platform.notification;
