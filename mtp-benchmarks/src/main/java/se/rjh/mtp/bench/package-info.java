/** Stand-alone benchmark harness for the MongoDB event store (run by hand, not part of the test suite). */
package se.rjh.mtp.bench;
