#!/usr/bin/env bash
# Brings Timeline's RabbitMQ and PostgreSQL up or down on a machine without Docker.
# Usage: infra/infra.sh up|down|status|env [demo|test]
# Each profile has its own ports, credentials and data folders under .infra/<profile>,
# so the demo and the tests can run side by side and never touch a system-wide server.
set -euo pipefail

action=${1:-up}
profile=${2:-demo}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=/dev/null
source "$repo/infra/$profile.env"

state=${TIMELINE_INFRA_DIR:-$repo/.infra}/$profile
pgbin=/usr/lib/postgresql/15/bin
node="timeline-$profile@$(hostname -s)"

log() { echo "[infra:$profile] $*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local missing=()
  command -v rabbitmq-server >/dev/null || [ -x /usr/sbin/rabbitmq-server ] || missing+=(rabbitmq-server)
  [ -x "$pgbin/initdb" ] || missing+=(postgresql-15)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

rabbit_env() {
  export RABBITMQ_NODENAME=$node
  export RABBITMQ_NODE_PORT=$TIMELINE_RABBIT_PORT
  export RABBITMQ_DIST_PORT=$TIMELINE_RABBIT_DIST_PORT
  export RABBITMQ_MNESIA_BASE=$state/rabbitmq/mnesia
  export RABBITMQ_LOG_BASE=$state/rabbitmq/log
  export RABBITMQ_PID_FILE=$state/rabbitmq/rabbit.pid
  export RABBITMQ_ENABLED_PLUGINS_FILE=$state/rabbitmq/enabled_plugins
  export RABBITMQ_CONFIG_FILE=$state/rabbitmq/rabbitmq
  export RABBITMQ_CONF_ENV_FILE=$state/rabbitmq/rabbitmq-env.conf
}

rabbit_up() {
  rabbit_env
  if rabbitmqctl -q -n "$node" status >/dev/null 2>&1; then log "rabbitmq already running"; return; fi
  mkdir -p "$state/rabbitmq/mnesia" "$state/rabbitmq/log"
  cat > "$state/rabbitmq/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$TIMELINE_RABBIT_PORT
management.tcp.port = $TIMELINE_RABBIT_MANAGEMENT_PORT
management.tcp.ip = 127.0.0.1
default_vhost = /
default_user = $TIMELINE_RABBIT_USER
default_pass = $TIMELINE_RABBIT_PASSWORD
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*
loopback_users = none
CONF
  echo '[rabbitmq_management].' > "$state/rabbitmq/enabled_plugins"
  : > "$state/rabbitmq/rabbitmq-env.conf"
  chown -R rabbitmq:rabbitmq "$state/rabbitmq"
  log "starting rabbitmq node $node on 127.0.0.1:$TIMELINE_RABBIT_PORT (management :$TIMELINE_RABBIT_MANAGEMENT_PORT)"
  rabbitmq-server -detached
  rabbitmqctl -q -n "$node" wait --timeout 90 "$RABBITMQ_PID_FILE" >/dev/null
  # A second virtual host for a store instance that must not share the main one's queues (the crash test).
  rabbitmqctl -q -n "$node" add_vhost timeline-isolated >/dev/null 2>&1 || true
  rabbitmqctl -q -n "$node" set_permissions -p timeline-isolated "$TIMELINE_RABBIT_USER" '.*' '.*' '.*' >/dev/null
}

rabbit_down() {
  rabbit_env
  if rabbitmqctl -q -n "$node" status >/dev/null 2>&1; then
    log "stopping rabbitmq"
    rabbitmqctl -q -n "$node" shutdown >/dev/null 2>&1 || true
  fi
}

pg_up() {
  local data=$state/postgres
  if [ -f "$data/postmaster.pid" ] && runuser -u postgres -- "$pgbin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    log "postgres already running"; return
  fi
  mkdir -p "$data"; chown postgres:postgres "$data"; chmod 700 "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    local pwfile; pwfile=$(mktemp); echo "$TIMELINE_PG_PASSWORD" > "$pwfile"; chmod 644 "$pwfile"
    runuser -u postgres -- "$pgbin/initdb" -D "$data" -U "$TIMELINE_PG_USER" --pwfile="$pwfile" -A scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 ${TIMELINE_PG_NOSYNC:+--no-sync} >/dev/null
    rm -f "$pwfile"
  fi
  local opts="-p $TIMELINE_PG_PORT -k $data -c listen_addresses=127.0.0.1"
  [ -n "${TIMELINE_PG_NOSYNC:-}" ] && opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  log "starting postgres on 127.0.0.1:$TIMELINE_PG_PORT"
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 -o "$opts" start >/dev/null
  PGPASSWORD=$TIMELINE_PG_PASSWORD psql -q -h 127.0.0.1 -p "$TIMELINE_PG_PORT" -U "$TIMELINE_PG_USER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='$TIMELINE_PG_DATABASE'" | grep -q 1 ||
    PGPASSWORD=$TIMELINE_PG_PASSWORD psql -q -h 127.0.0.1 -p "$TIMELINE_PG_PORT" -U "$TIMELINE_PG_USER" -d postgres \
      -c "CREATE DATABASE $TIMELINE_PG_DATABASE" >/dev/null
}

pg_down() {
  local data=$state/postgres
  if [ -f "$data/postmaster.pid" ]; then
    log "stopping postgres"
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

print_env() {
  echo "export ConnectionStrings__Timeline='Host=127.0.0.1;Port=$TIMELINE_PG_PORT;Database=$TIMELINE_PG_DATABASE;Username=$TIMELINE_PG_USER;Password=$TIMELINE_PG_PASSWORD'"
  echo "export RabbitMq__Host=127.0.0.1 RabbitMq__Port=$TIMELINE_RABBIT_PORT RabbitMq__User=$TIMELINE_RABBIT_USER RabbitMq__Password=$TIMELINE_RABBIT_PASSWORD RabbitMq__ManagementPort=$TIMELINE_RABBIT_MANAGEMENT_PORT"
  echo "export Timeline__ApiKey='$TIMELINE_API_KEY'"
}

stop_services() {
  # Services started by infra/services.sh for this profile go first: they must not outlive their servers.
  for pidfile in "$state"/services/*.pid; do
    [ -f "$pidfile" ] || continue
    kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  done
}

case $action in
  up) install_missing; rabbit_up; pg_up; log "ready" ;;
  down) stop_services; rabbit_down; pg_down ;;
  reset) stop_services; rabbit_down; pg_down; rm -rf "$state"; log "state removed" ;;
  env) print_env ;;
  *) echo "usage: infra/infra.sh up|down|reset|env [demo|test]" >&2; exit 2 ;;
esac
