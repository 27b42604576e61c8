/** Ärendemottagning over HTTP: the registrar takes a matter in. */
package se.rjh.mtp.cases.intake;
