/** The unit register over HTTP: register, change, deactivate, list. */
package se.rjh.mtp.groups.unit.web;
