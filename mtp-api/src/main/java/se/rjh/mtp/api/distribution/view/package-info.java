/** What group-service answers about units and distributions over HTTP, shared with the portal and the tests. */
package se.rjh.mtp.api.distribution.view;
