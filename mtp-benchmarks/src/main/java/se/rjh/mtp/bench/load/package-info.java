/** Load driver: open-loop mixed traffic across the four services, with latency, lag and heap figures. */
package se.rjh.mtp.bench.load;
