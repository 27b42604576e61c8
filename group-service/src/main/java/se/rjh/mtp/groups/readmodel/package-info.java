/** Shared read-model plumbing: documents that apply each aggregate event at most once. */
package se.rjh.mtp.groups.readmodel;
