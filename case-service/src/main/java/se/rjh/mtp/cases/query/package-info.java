/** Reading cases: details and history folded from the event store, the list from a read model; secrecy masking. */
package se.rjh.mtp.cases.query;
