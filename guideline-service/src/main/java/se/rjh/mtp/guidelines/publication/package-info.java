/** Publishing an approved version (superseding the previous one) and retiring a guideline, over HTTP. */
package se.rjh.mtp.guidelines.publication;
