/** The walking skeleton against real MongoDB and Kafka in containers (profile real-infra; needs a Docker engine). */
package se.rjh.mtp.system.realinfra;
