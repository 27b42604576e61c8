/** Events of guideline-service (guidelines, versions, reviews), published on {@code mtp.guidelines.events}. */
package se.rjh.mtp.api.guidelines;
