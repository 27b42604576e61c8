/** Messages that cross service boundaries: events on Kafka topics, their value types, shared rule exceptions. No Spring. */
package se.rjh.mtp.api;
