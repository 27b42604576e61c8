#!/usr/bin/env bash
# The whole test suite, as the README's test command and CI (.ci/run) run it, on Debian with Java 17, Maven and
# Node.js/npm. In order:
#   1. installs the Debian packages the suite needs when missing (apt-get update once, then install; needs root):
#      chromium and chromium-driver (the dashboard's browser test), docker-compose (to validate the compose file);
#   2. validates docker-compose.yml with .env.example (no Docker engine is needed for "config");
#   3. mvn -B verify: every module's tests, including the browser test and the OpenAPI contract test, which writes
#      each service's /v3/api-docs to system-tests/target/openapi/<service>.json;
#   4. lints those four documents with Redocly CLI (from npm, pinned) and its recommended rules.
# Fails if any step fails; steps 3 and 4 both run, so one run shows every problem.
# MTP_OPENAPI_CHECKS=off leaves out the OpenAPI contract test and the lint (for a branch merged before the typed
# API documents); they run by default.
set -euo pipefail
cd "$(dirname "$0")"
export AXONIQ_UPDATE_CHECKER_DISABLED=true
REDOCLY_CLI="@redocly/cli@2.77.0"
OPENAPI_CHECKS="${MTP_OPENAPI_CHECKS:-on}"

missing=()
command -v chromium > /dev/null || missing+=(chromium)
command -v chromedriver > /dev/null || missing+=(chromium-driver)
command -v docker-compose > /dev/null || missing+=(docker-compose)
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    apt-get update -qq > /dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi

docker-compose --env-file .env.example config -q
echo "docker-compose.yml: valid"

status=0
rm -rf system-tests/target/openapi
mvn -B verify -Dmtp.openapi.checks="$OPENAPI_CHECKS" || status=$?

if [ "$OPENAPI_CHECKS" = off ]; then
    echo "MTP_OPENAPI_CHECKS=off: the OpenAPI contract test and lint did NOT run"
else
    documents=(system-tests/target/openapi/*.json)
    if [ -e "${documents[0]}" ]; then
        npx --yes "$REDOCLY_CLI" lint --extends=recommended --format=stylish --max-problems=1000 "${documents[@]}" \
            || status=1
    else
        echo "No OpenAPI documents in system-tests/target/openapi: the contract test did not run" >&2
        status=1
    fi
fi
exit "$status"
