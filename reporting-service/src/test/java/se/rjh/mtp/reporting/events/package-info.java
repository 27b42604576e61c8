/** Test stand-ins for other services' events, in packages named like theirs so the service is derived alike. */
package se.rjh.mtp.reporting.events;
