/** Defaults for every service that depend on the active profile: the {@code prod} profile's settings live here. */
package se.rjh.mtp.platform.production;
