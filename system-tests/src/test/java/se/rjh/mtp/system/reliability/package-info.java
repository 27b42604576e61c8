/** Fault tests: broker killed, store restarted, process killed, duplicates, poison events, races; each prints its figures. */
package se.rjh.mtp.system.reliability;
