/**
 * The guideline aggregate, its number series and commands: every document-control rule, free of web and storage.
 *
 * <p>One command style: every command is a record in {@link se.rjh.mtp.guidelines.domain.Commands}, handled by a
 * {@code handle(command, actor)} method whose actor comes from the message metadata. Drafting is the one command
 * handled outside the aggregate ({@link se.rjh.mtp.guidelines.domain.GuidelineDrafting}), because it takes a number
 * from the series and creates the guideline in the same unit of work.
 */
package se.rjh.mtp.guidelines.domain;
