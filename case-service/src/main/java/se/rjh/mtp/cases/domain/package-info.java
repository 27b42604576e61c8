/** The case aggregate and its commands: every rule of the process, free of Spring web and persistence. */
package se.rjh.mtp.cases.domain;
