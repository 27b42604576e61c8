/**
 * The register of in-house devices (MDR/IVDR Art. 5(5), issue 18) as reporting sees it: one row per device from
 * group-service's register events, the dashboard panel and the dates the work list watches.
 */
package se.rjh.mtp.reporting.devices;
