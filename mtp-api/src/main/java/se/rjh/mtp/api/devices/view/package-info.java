/**
 * What the register of in-house devices (group-service, {@code /api/devices} and the public
 * {@code /api/public/declaration}) answers over HTTP, as typed records with their OpenAPI schema, so the portal,
 * reporting and the system tests read the same shapes the service writes.
 */
package se.rjh.mtp.api.devices.view;
