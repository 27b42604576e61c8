/**
 * The units' personal acknowledgement links: a token signed with HMAC-SHA256 naming the distribution, the unit and
 * the last day it is valid. Nothing of it is stored; the link is computed again from the two ids and the due date.
 */
package se.rjh.mtp.groups.distribution.link;
