/** The unit aggregate: its contact details, the format rules for them, and whether it is active. */
package se.rjh.mtp.groups.unit.domain;
