/** The case pipeline dashboard: one row per case (step, type, lead times, consultations) and its figures. */
package se.rjh.mtp.reporting.pipeline;
