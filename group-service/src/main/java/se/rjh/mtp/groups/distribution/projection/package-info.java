/** The distributions' read model: one document per distribution with its units, and the queries on it. */
package se.rjh.mtp.groups.distribution.projection;
