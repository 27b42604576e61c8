/**
 * The register's reactions to case-service's events on {@code mtp.cases.events}: a decided IN_HOUSE_MANUFACTURING
 * case proposes a device, an incident case that names a device by its register id links the incident to it. Never
 * by names.
 */
package se.rjh.mtp.groups.register.reaction;
