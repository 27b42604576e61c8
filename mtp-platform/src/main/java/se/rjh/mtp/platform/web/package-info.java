/** HTTP conventions: RFC 9457 problem details for every error, correlation ids on every request. */
package se.rjh.mtp.platform.web;
