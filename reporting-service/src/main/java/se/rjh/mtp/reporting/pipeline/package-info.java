/** The case pipeline: every case with its current step, and counts per step and type. */
package se.rjh.mtp.reporting.pipeline;
