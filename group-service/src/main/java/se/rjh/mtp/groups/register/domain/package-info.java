/**
 * The in-house device aggregate, its number series {@code EGT-<n>}, the release rule and the interfaces the register
 * needs from outside (configuration, units). Free of Spring.
 */
package se.rjh.mtp.groups.register.domain;
