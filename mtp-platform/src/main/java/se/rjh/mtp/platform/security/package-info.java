/** Who may do what: HTTP Basic demo users locally, OAuth2 JWT in production, problem bodies for 401 and 403. */
package se.rjh.mtp.platform.security;
