/** Distributions over HTTP: the chair's endpoints, and the units' public acknowledgement endpoints behind their links. */
package se.rjh.mtp.groups.distribution.web;
