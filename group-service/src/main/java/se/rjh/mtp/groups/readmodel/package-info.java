/** What the read models of both contexts share: how stored fields are read back. */
package se.rjh.mtp.groups.readmodel;
