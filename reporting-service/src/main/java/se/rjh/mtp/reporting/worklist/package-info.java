/**
 * The personal work list (bevakning): what waits on the signed-in user, gathered from the events reporting already
 * consumes from every topic, read with the one Clock and the working-day calendar.
 */
package se.rjh.mtp.reporting.worklist;
