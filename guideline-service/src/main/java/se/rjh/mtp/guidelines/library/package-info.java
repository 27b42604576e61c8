/** Reading guidelines: the published library, each guideline's version history, diffs and the text as Markdown/HTML. */
package se.rjh.mtp.guidelines.library;
