/** The guideline aggregate, its number series and commands: every document-control rule, free of web and storage. */
package se.rjh.mtp.guidelines.domain;
