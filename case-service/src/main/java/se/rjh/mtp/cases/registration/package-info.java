/** Registrering: the diarienummer from the yearly series, classification, device and secrecy marking. */
package se.rjh.mtp.cases.registration;
