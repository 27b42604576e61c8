/** Keeps patient identity out of the system: Swedish personal identity and coordination numbers are refused. */
package se.rjh.mtp.platform.pii;
