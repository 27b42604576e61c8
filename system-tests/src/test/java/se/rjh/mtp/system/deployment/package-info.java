/** Checks of the deployment files (docker-compose.yml, Prometheus, Grafana) and of the prod profile, run without Docker. */
package se.rjh.mtp.system.deployment;
