/**
 * The register of in-house devices (egentillverkade produkter, MDR/IVDR Art. 5(5)): its own bounded context, hosted
 * in group-service to save a fifth JVM (see the README). It depends on no other {@code se.rjh.mtp.groups} package:
 * only on mtp-api and mtp-platform, and it looks units up through {@link se.rjh.mtp.groups.register.domain.ResponsibleUnits},
 * an interface it owns. Its events go on {@code mtp.groups.events}.
 */
package se.rjh.mtp.groups.register;
