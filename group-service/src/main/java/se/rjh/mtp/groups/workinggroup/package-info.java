/**
 * The working group context (LSG and its LAGs): {@code domain} holds the aggregate and its rules, {@code web} the
 * HTTP API, {@code projection} the read model. Here sit the adapters between them: the directory that lets other
 * aggregates consult a group while handling a command, and the standing groups seeded at start.
 */
package se.rjh.mtp.groups.workinggroup;
