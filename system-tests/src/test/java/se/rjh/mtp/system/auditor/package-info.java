/**
 * An auditor's own check of a service's outbox, written without the project's code: only the MongoDB and Kafka
 * clients and the canonical hash form as {@code EventHashes} documents it. {@code AuditorIndependenceTest} keeps it so.
 */
package se.rjh.mtp.system.auditor;
