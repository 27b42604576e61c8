/** Tamper evidence: recomputing the events' SHA-256 hash chains over this service's copy of the audit log. */
package se.rjh.mtp.reporting.verify;
