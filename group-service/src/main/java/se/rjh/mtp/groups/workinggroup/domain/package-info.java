/** The working group aggregate (LSG and LAG) and its membership rules, free of Spring web and persistence. */
package se.rjh.mtp.groups.workinggroup.domain;
