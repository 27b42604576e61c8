/** Acting on case decisions from mtp.cases.events: revision drafts and regulatory-watch flags, each exactly once. */
package se.rjh.mtp.guidelines.casefollowup;
