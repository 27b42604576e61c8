/** The assignment aggregate (skriftligt uppdrag): its lifecycle, who may move it, questions and decisions on it. */
package se.rjh.mtp.groups.assignment.domain;
