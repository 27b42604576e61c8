/** Bad input and access: malformed requests, the role matrix, actor integrity, personal identity numbers, secrets in logs. */
package se.rjh.mtp.system.security;
