/** Test stand-ins for guideline-service's events until they are in mtp-api, in a package named like theirs. */
package se.rjh.mtp.reporting.events;
