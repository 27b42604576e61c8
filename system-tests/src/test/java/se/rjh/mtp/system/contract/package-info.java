/** The services' published contracts: their OpenAPI documents describe every response body. */
package se.rjh.mtp.system.contract;
