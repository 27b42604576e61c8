/** The audit trail of a case across services, its point-in-time view and the CSV/JSON export (role AUDITOR). */
package se.rjh.mtp.reporting.audit;
