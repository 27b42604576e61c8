/** Review and approval over HTTP: send to named reviewers, record verdicts, return to draft, approve (fastställ). */
package se.rjh.mtp.guidelines.review;
