/** Read models that stay correct when an event is handled again: one versioned document per aggregate. */
package se.rjh.mtp.platform.readmodel;
