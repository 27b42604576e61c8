/** Decisions from case-service (mtp.cases.events): shown on the assignment they answer, and drafting LAG assignments. */
package se.rjh.mtp.groups.decisions;
