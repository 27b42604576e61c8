/**
 * Read models that stay correct when an event is handled again: one versioned document per aggregate, and the
 * buckets that let a list read its rows by {@code _id}.
 */
package se.rjh.mtp.platform.readmodel;
