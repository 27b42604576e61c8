/** The guidelines dashboard: published documents and their scheduled reviews. */
package se.rjh.mtp.reporting.guidelines;
