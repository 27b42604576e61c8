/** Rebuilding every read model from the beginning of the topics into a new generation, then switching to it. */
package se.rjh.mtp.reporting.replay;
