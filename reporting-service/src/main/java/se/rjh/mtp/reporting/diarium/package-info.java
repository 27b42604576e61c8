/** The public-records register (diarium): every registered case, with secrecy-marked details withheld. */
package se.rjh.mtp.reporting.diarium;
