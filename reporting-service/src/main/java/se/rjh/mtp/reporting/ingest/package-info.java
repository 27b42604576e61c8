/** Turns every event from the three topics into a generic audit record and hands it to the projection engine. */
package se.rjh.mtp.reporting.ingest;
