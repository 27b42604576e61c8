/** Traces, log context and the metrics port: what operators need to see inside a running service. */
package se.rjh.mtp.platform.observability;
