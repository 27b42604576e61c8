/** Distributions to the units: per distribution, who has acknowledged and who is overdue, from group-service's events. */
package se.rjh.mtp.reporting.distributions;
