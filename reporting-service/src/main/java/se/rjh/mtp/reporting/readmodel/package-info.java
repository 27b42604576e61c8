/** The projection engine: the generic audit log, per-aggregate streams, generations of read models and their digests. */
package se.rjh.mtp.reporting.readmodel;
