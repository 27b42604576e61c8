/**
 * Spreading decisions to the units (spridning): the chair distributes a decided case or a published guideline to
 * units of the register, each unit acknowledges through a personal signed link, and a deadline scan marks the units
 * that let the date pass. {@code subjects} learns what may be distributed from the other services' events,
 * {@code link} signs and reads the links.
 */
package se.rjh.mtp.groups.distribution;
