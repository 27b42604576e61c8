/**
 * Load driver: open-loop mixed traffic and closed-loop saturation steps across the four services, with latency, lag,
 * heap, resident memory and load-average figures, and the whole-system comparison with the event-store engine.
 */
package se.rjh.mtp.bench.load;
