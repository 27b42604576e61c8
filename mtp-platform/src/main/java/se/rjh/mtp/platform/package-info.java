/** Wiring every service needs once: event store, Kafka, security, errors, metrics, actor and correlation metadata. */
package se.rjh.mtp.platform;
