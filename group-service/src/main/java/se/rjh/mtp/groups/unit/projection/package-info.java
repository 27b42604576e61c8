/** The unit register's read model: one document per unit, listed by name. */
package se.rjh.mtp.groups.unit.projection;
