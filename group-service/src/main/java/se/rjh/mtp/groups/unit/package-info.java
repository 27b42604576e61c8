/**
 * The unit register (enhetsregister): the healthcare units decisions and guidelines are distributed to, kept by the
 * chair. {@code domain} holds the aggregate, {@code web} the endpoints, {@code projection} the list.
 */
package se.rjh.mtp.groups.unit;
