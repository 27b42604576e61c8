/** Event processing groups: one failure policy per group, chosen by property. */
package se.rjh.mtp.platform.processing;
