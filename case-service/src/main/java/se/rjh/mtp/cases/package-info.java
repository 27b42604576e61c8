/** case-service: the LSG MTP's five-step case process (ärendeprocessen), from intake to decision. */
package se.rjh.mtp.cases;
