/**
 * Secrecy of a marked case (OSL): who reads which part of its text ({@link se.rjh.mtp.cases.secrecy.SecrecyPolicy}),
 * and the one walk over the {@link se.rjh.mtp.api.common.ProtectedText} fields that masking and encryption share.
 */
package se.rjh.mtp.cases.secrecy;
