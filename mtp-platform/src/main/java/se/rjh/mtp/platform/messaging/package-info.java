/** Events on Kafka: the outbound publisher's settings and the inbound source for the topics a service consumes. */
package se.rjh.mtp.platform.messaging;
