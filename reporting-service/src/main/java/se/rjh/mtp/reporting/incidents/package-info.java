/** The incidents dashboard: INCIDENT_FOLLOW_UP cases and to whom each incident was reported. */
package se.rjh.mtp.reporting.incidents;
