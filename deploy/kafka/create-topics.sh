#!/bin/bash
# Creates the three event topics if missing and (re)applies their settings. Safe to run again.
# Events are the system's history: kept for ever (retention.ms=-1, retention.bytes=-1), never compacted.
# The partition count of an existing topic is never changed here: more partitions would move aggregates to other
# partitions and break per-aggregate order for consumers that are mid-stream (see docs/operations.md).
set -euo pipefail
BOOTSTRAP="${KAFKA_BOOTSTRAP:?}"
PARTITIONS="${TOPIC_PARTITIONS:?}"
REPLICATION="${TOPIC_REPLICATION_FACTOR:?}"
MIN_ISR="${TOPIC_MIN_INSYNC_REPLICAS:?}"
BIN=/opt/kafka/bin
SETTINGS="retention.ms=-1,retention.bytes=-1,cleanup.policy=delete,min.insync.replicas=${MIN_ISR},unclean.leader.election.enable=false"

for topic in mtp.cases.events mtp.groups.events mtp.guidelines.events; do
  "$BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$topic" \
    --partitions "$PARTITIONS" --replication-factor "$REPLICATION"
  "$BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --alter --entity-type topics --entity-name "$topic" \
    --add-config "$SETTINGS"
  "$BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --describe --topic "$topic"
done
