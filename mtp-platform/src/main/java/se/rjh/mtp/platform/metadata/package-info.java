/** Who caused a message and in which request: stamped on every command, copied onto every event. */
package se.rjh.mtp.platform.metadata;
