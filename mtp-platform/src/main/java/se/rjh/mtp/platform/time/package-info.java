/** The clock and the zone in which "today" is read. */
package se.rjh.mtp.platform.time;
