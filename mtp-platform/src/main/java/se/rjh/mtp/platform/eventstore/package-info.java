/** Axon event storage on MongoDB: one document per commit, hash-chained events, chain verification. */
package se.rjh.mtp.platform.eventstore;
