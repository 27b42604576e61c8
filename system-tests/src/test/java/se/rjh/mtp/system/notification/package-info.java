/** E-mail notifications across the three services that send them, read from the embedded SMTP server. */
package se.rjh.mtp.system.notification;
