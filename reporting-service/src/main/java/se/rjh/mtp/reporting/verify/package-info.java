/**
 * Tamper evidence: recomputing the events' SHA-256 hash chains over this service's copy of the audit log, and serving
 * each writing service's anchored heads, against which that service verifies its own store.
 */
package se.rjh.mtp.reporting.verify;
