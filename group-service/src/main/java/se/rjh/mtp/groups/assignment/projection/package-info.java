/** The assignments' read model: one document per assignment, and the queries that answer from it. */
package se.rjh.mtp.groups.assignment.projection;
