/** The working groups' read model: one document per group with its members and membership history. */
package se.rjh.mtp.groups.workinggroup.projection;
