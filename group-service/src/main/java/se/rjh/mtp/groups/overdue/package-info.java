/** Deadlines that survive restarts: a scheduled scan of due dates sends an idempotent overdue command. */
package se.rjh.mtp.groups.overdue;
