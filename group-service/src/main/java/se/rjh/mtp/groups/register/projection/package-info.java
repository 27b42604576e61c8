/**
 * The register's read side: the device page and timeline folded from the event store, the register list (with the
 * due dates the deadline scans read) and the public declaration with its history as MongoDB read models.
 */
package se.rjh.mtp.groups.register.projection;
