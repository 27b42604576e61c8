/**
 * What case-service answers over HTTP: typed, documented records shared with the portal, the load driver and the
 * system tests.
 */
package se.rjh.mtp.api.cases.view;
