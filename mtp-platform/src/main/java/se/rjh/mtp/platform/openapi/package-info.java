/** The OpenAPI document's shared parts: info, security schemes, problem responses. */
package se.rjh.mtp.platform.openapi;
