/** The distribution aggregate: who it went to, by when, and each unit's acknowledgement or overdue mark. */
package se.rjh.mtp.groups.distribution.domain;
