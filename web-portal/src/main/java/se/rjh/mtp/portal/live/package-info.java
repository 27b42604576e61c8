/**
 * The case as it changes while a page shows it: the version a page was rendered with travels with its forms as
 * {@code If-Match} (a refusal reads "Ärendet har ändrats sedan du öppnade det"), and case events from Kafka reach the
 * open pages of that case as server-sent events.
 */
package se.rjh.mtp.portal.live;
