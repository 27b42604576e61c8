/** Written assignments over HTTP: issue, accept or decline, report, deliver, feedback, cancel; and their read model. */
package se.rjh.mtp.groups.assignments;
