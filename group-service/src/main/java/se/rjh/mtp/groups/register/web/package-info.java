/**
 * The register over HTTP: {@code /api/devices} for the signed-in (LSG chair and case officers maintain, the chair
 * releases and withdraws, everyone signed-in reads) and the public declaration {@code /api/public/declaration}
 * without sign-in.
 */
package se.rjh.mtp.groups.register.web;
