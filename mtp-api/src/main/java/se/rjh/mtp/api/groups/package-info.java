/**
 * Events of group-service, published on {@code mtp.groups.events}: the LSG and its LAGs, assignments, the unit
 * register (enhetsregister) and the distributions (spridning) of decisions and guidelines to the units. No
 * distribution event carries a unit's acknowledgement link or its key: the link is recomputed from the ids.
 */
package se.rjh.mtp.api.groups;
