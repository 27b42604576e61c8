/** Deadlines kept in read models, found by a scheduled scan and told to their aggregates by idempotent commands. */
package se.rjh.mtp.platform.deadline;
