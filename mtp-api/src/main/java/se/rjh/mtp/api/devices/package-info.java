/**
 * Events of the register of in-house devices (egentillverkade produkter, MDR/IVDR Art. 5(5)), published by
 * group-service on {@code mtp.groups.events} as their own event types. Each device is one aggregate with the id
 * {@code EGT-<n>}; every event names it first. Events that move a due date carry the new date, so a reader (the
 * reporting dashboard, the work list) never computes it.
 */
package se.rjh.mtp.api.devices;
