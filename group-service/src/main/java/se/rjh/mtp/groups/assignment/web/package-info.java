/** Written assignments over HTTP: issue, accept or decline, report, deliver, feedback, cancel, and read them. */
package se.rjh.mtp.groups.assignment.web;
