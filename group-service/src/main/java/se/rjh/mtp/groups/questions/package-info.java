/** Questions a LAG raises to the LSG from an assignment; case-service opens a case for each. */
package se.rjh.mtp.groups.questions;
