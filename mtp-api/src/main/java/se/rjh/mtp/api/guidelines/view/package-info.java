/**
 * What guideline-service answers over HTTP, as typed records with their OpenAPI schema, so the portal, the load
 * driver and the system tests read the same shapes the service writes.
 */
package se.rjh.mtp.api.guidelines.view;
