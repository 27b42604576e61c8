/** The LSG and its LAGs over HTTP: groups, members and membership history, and the standing groups seeded at start. */
package se.rjh.mtp.groups.workinggroups;
