/** The clock, the zone in which "today" is read, and the working-day calendar. */
package se.rjh.mtp.platform.time;
