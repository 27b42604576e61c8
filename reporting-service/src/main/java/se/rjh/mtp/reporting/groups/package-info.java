/** The working-groups dashboard: LAG assignments by state, overdue ones and the latest report status. */
package se.rjh.mtp.reporting.groups;
