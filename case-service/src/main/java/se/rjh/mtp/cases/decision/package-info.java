/** Förslag till beslut and what follows: proposal, return, decision, closing, voiding. */
package se.rjh.mtp.cases.decision;
