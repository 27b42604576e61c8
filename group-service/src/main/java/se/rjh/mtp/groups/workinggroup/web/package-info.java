/** Working groups over HTTP: establish and dissolve groups, appoint and end members, read groups and their history. */
package se.rjh.mtp.groups.workinggroup.web;
