/**
 * The reporting service's responses: dashboard figures, case rows, the diarium, the audit trail and the replay and
 * verification reports. Records shared with the web portal, the load driver and the system tests.
 */
package se.rjh.mtp.api.reporting.view;
