/** How one aggregate's rules read another aggregate's current state while a command is handled. */
package se.rjh.mtp.groups.lookup;
