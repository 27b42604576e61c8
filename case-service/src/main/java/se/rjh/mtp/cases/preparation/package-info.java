/** Beredning: case officer, notes, documents, risk assessment, LAG link and the type-specific data. */
package se.rjh.mtp.cases.preparation;
