/** Value types and rule exceptions shared by every service's domain code. */
package se.rjh.mtp.api.common;
