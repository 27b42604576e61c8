/**
 * Reading cases: details and history folded from the event store, the list from a read model; each masked for the
 * reader by {@code SecrecyPolicy}.
 */
package se.rjh.mtp.cases.query;
