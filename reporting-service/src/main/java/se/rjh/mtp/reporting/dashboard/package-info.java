/** The dashboards as JSON, as Micrometer gauges and as a live page (server-sent events) for people. */
package se.rjh.mtp.reporting.dashboard;
