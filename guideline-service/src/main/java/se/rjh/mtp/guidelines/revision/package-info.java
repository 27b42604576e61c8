/** Scheduled revision (planerad revision): the daily check that raises review-due once, and the list of what is due. */
package se.rjh.mtp.guidelines.revision;
