/**
 * Events of group-service's unit register (enhetsregister) and of the distributions (spridning) of decisions,
 * MTP-rådet recommendations and guidelines to the units, published on {@code mtp.groups.events}. No event carries an
 * acknowledgement link or anything it is signed with: the link is recomputed from the distribution and unit ids.
 */
package se.rjh.mtp.api.distribution;
