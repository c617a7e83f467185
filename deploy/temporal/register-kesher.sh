#!/bin/sh
# Registers Kesher's namespace and the custom search attributes operators filter runs by.
# Keep KESHER_SEARCH_ATTRIBUTES in step with workers/search-attributes.ts.
set -eu

NAMESPACE=${TEMPORAL_NAMESPACE:-default}
RETENTION=${TEMPORAL_RETENTION:-30d}
KESHER_SEARCH_ATTRIBUTES="CustomerEmail=Keyword Category=Keyword Sentiment=Keyword ConversationStatus=Keyword Specialist=Keyword Escalated=Bool Channel=Keyword ExperimentArm=Keyword"

attempt=0
until temporal operator cluster health >/dev/null 2>&1; do
  attempt=$((attempt + 1))
  if [ "$attempt" -ge 60 ]; then
    echo "Temporal at $TEMPORAL_ADDRESS did not become healthy" >&2
    exit 1
  fi
  sleep 2
done

if ! temporal operator namespace describe --namespace "$NAMESPACE" >/dev/null 2>&1; then
  temporal operator namespace create --namespace "$NAMESPACE" --retention "$RETENTION"
fi

# A new namespace reaches every frontend's cache only after a refresh, so creation is retried.
for pair in $KESHER_SEARCH_ATTRIBUTES; do
  name=${pair%%=*}
  type=${pair#*=}
  attempt=0
  until temporal operator search-attribute list --namespace "$NAMESPACE" | grep -qw "$name" ||
    temporal operator search-attribute create --namespace "$NAMESPACE" --name "$name" --type "$type"; do
    attempt=$((attempt + 1))
    if [ "$attempt" -ge 30 ]; then
      echo "could not register search attribute $name" >&2
      exit 1
    fi
    sleep 2
  done
done
echo "namespace $NAMESPACE and Kesher's search attributes are registered"
