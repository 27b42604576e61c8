# One image recipe for the four services and the web portal; the build argument MODULE picks which. Build from the repository root (a
# module needs the parent pom, mtp-api and mtp-platform):
#   docker build --build-arg MODULE=case-service --build-arg PORT=8081 --build-arg MANAGEMENT_PORT=9081 \
#       -t mtp/case-service .
# docker compose does this for every service (see docker-compose.yml).

FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
RUN test -n "$MODULE" || (echo "Set --build-arg MODULE=<service module>" >&2; exit 1)
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -pl "$MODULE" -am package && cp "$MODULE/target/$MODULE-exec.jar" /app.jar

FROM eclipse-temurin:17-jre
# The API port and the health and metrics port (internal network only).
ARG PORT=8080
ARG MANAGEMENT_PORT=9080
# curl only for the health check; a dedicated user without a login shell runs the service.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 mtp \
    && useradd --system --uid 10001 --gid mtp --no-create-home --shell /usr/sbin/nologin mtp
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
USER 10001:10001
# Axon's update checker phones home and writes into $HOME: off. The prod profile is the image's default;
# everything else (database, Kafka, issuer, tracing) comes from the environment.
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Daxoniq.update-checker.disabled=true" \
    SPRING_PROFILES_ACTIVE=prod \
    MANAGEMENT_SERVER_PORT=${MANAGEMENT_PORT}
EXPOSE ${PORT} ${MANAGEMENT_PORT}
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${MANAGEMENT_SERVER_PORT}/actuator/health" > /dev/null || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
