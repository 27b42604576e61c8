/** reporting-service: read models and dashboards built only from the three event topics; never writes elsewhere. */
package se.rjh.mtp.reporting;
