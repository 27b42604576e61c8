/** The web portal in a real browser against the real services and the local authorization server. */
package se.rjh.mtp.system.portal;
