/** The embedded default: a real KRaft Kafka broker and a MongoDB-wire server on 127.0.0.1, and the local launcher. */
package se.rjh.mtp.local;
