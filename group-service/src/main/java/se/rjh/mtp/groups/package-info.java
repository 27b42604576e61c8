/** group-service: the LSG and its working groups (LAG), written assignments, reports, questions and feedback. */
package se.rjh.mtp.groups;
