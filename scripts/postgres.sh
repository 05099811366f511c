#!/usr/bin/env bash
# Starts a throw-away PostgreSQL for the store tests: loopback only, port 54329, database "promisekeeper",
# trust authentication (it holds test data only and listens on 127.0.0.1 alone). Idempotent.
set -euo pipefail

PORT=54329
DATA=${PK_PG_DATA:-/tmp/promise-keeper-pg}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$BIN" ] || { echo "postgres: no PostgreSQL server installed (Debian package postgresql)" >&2; exit 1; }

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  echo "postgres: already running on 127.0.0.1:$PORT"
else
  if [ ! -f "$DATA/PG_VERSION" ]; then
    mkdir -p "$DATA"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$DATA"
    as_postgres "'$BIN/initdb' -D '$DATA' -U postgres -A trust -E UTF8 --no-locale >/dev/null"
  fi
  as_postgres "'$BIN/pg_ctl' -D '$DATA' -l '$DATA/server.log' -w -o \"-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null"
  echo "postgres: started on 127.0.0.1:$PORT"
fi
if ! "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "select 1 from pg_database where datname='promisekeeper'" | grep -q 1; then
  "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "create database promisekeeper"
fi
echo "postgres: jdbc:postgresql://127.0.0.1:$PORT/promisekeeper ready"
