/** Writing guidelines over HTTP: a new guideline with its first draft, a revision draft, editing a draft. */
package se.rjh.mtp.guidelines.drafting;
