/** The event store every service keeps its history in: MongoDB, with global order, concurrency guard and hash chain. */
package se.rjh.mtp.platform.eventstore;
