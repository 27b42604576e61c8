/** Events of case-service (ärendeprocessen), published on {@code mtp.cases.events}. */
package se.rjh.mtp.api.cases;
