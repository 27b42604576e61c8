/** Tests of reporting-service: projections without servers, then end to end and in a browser on the embedded infrastructure. */
package se.rjh.mtp.reporting;
