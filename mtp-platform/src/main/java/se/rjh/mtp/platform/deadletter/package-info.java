/** Events a consumer cannot handle: parked per aggregate in MongoDB, listed, retried or evicted by an operator. */
package se.rjh.mtp.platform.deadletter;
