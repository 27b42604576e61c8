/** Tests of the whole chain: services on the embedded Kafka and MongoDB-wire server, over TCP, with real clients. */
package se.rjh.mtp.system;
