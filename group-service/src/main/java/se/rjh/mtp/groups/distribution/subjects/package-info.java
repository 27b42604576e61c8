/**
 * What may be distributed, learnt from case-service's and guideline-service's events on Kafka: decided cases (also
 * MTP-rådet recommendation cases) and published guidelines. Only ids, numbers and titles are kept, never a case's text.
 */
package se.rjh.mtp.groups.distribution.subjects;
