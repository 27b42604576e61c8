/**
 * The case aggregate, its members and its commands: every rule of the process, free of Spring, Jackson and the
 * platform.
 */
package se.rjh.mtp.cases.domain;
