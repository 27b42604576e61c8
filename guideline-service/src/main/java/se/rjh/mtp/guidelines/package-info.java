/** guideline-service: guidelines and guidance documents with versions, review, approval and scheduled revision. */
package se.rjh.mtp.guidelines;
