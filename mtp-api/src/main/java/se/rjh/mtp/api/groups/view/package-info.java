/**
 * What group-service answers over HTTP: assignments, working groups, units and distributions as read models, and
 * the ids it hands back when something is created. Shared here so the web portal, the load driver and the system tests read the same types.
 */
package se.rjh.mtp.api.groups.view;
