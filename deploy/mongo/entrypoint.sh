#!/bin/bash
# Writes the replica-set key file from the secret, then hands over to the official entrypoint.
# mongod refuses a key file that others can read, and a bind-mounted file cannot promise its owner, so the key
# travels as an environment variable from .env and becomes a file only inside the container.
set -euo pipefail
: "${MONGO_REPLICA_SET_KEY:?MONGO_REPLICA_SET_KEY must be set (see .env.example)}"
printf '%s' "$MONGO_REPLICA_SET_KEY" > /tmp/mongo-keyfile
chmod 400 /tmp/mongo-keyfile
chown mongodb:mongodb /tmp/mongo-keyfile
exec docker-entrypoint.sh "$@"
