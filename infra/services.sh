#!/usr/bin/env bash
# Starts or stops Timeline's four processes (API + store, ingestion, normalisation, extraction) for a profile.
# Usage: infra/services.sh start|stop|status [demo|test]   (build first: dotnet build -c Release)
set -euo pipefail

action=${1:-start}
profile=${2:-demo}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
state=${TIMELINE_INFRA_DIR:-$repo/.infra}/$profile/services
config=${TIMELINE_CONFIGURATION:-Release}
eval "$("$repo/infra/infra.sh" env "$profile")"
mkdir -p "$state"

# name:port — the API also hosts the timeline store and its publisher.
services="Api:${TIMELINE_API_PORT:-5180} Ingestion:5181 Normalisation:5182 Extraction:5183"

start() {
  for s in $services; do
    local name=${s%%:*} port=${s##*:}
    local dll=$repo/src/Timeline.$name/bin/$config/net10.0/Timeline.$name.dll
    [ -f "$dll" ] || { echo "missing $dll: run dotnet build -c $config" >&2; exit 1; }
    if [ -f "$state/$name.pid" ] && kill -0 "$(cat "$state/$name.pid")" 2>/dev/null; then continue; fi
    (cd "$(dirname "$dll")" && exec dotnet "$dll" --urls "http://127.0.0.1:$port" > "$state/$name.log" 2>&1) &
    echo $! > "$state/$name.pid"
  done
  for s in $services; do
    local name=${s%%:*} port=${s##*:}
    for _ in $(seq 1 60); do
      if curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; then echo "[services:$profile] $name healthy on :$port" >&2; continue 2; fi
      sleep 1
    done
    echo "[services:$profile] $name did not become healthy; see $state/$name.log" >&2; tail -20 "$state/$name.log" >&2; exit 1
  done
}

stop() {
  for s in $services; do
    local name=${s%%:*}
    if [ -f "$state/$name.pid" ]; then kill "$(cat "$state/$name.pid")" 2>/dev/null || true; rm -f "$state/$name.pid"; fi
  done
}

case $action in
  start) start ;;
  stop) stop ;;
  status) for s in $services; do curl -s "http://127.0.0.1:${s##*:}/health" || echo "${s%%:*} down"; echo; done ;;
  *) echo "usage: infra/services.sh start|stop|status [demo|test]" >&2; exit 2 ;;
esac
