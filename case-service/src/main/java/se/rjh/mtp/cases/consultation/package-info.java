/** Samverkan med berörd instans: consultation requests, answers, waivers, and the overdue check that survives restarts. */
package se.rjh.mtp.cases.consultation;
