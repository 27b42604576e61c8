/** Events of group-service (LSG, LAG, assignments), published on {@code mtp.groups.events}. */
package se.rjh.mtp.api.groups;
