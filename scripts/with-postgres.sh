#!/usr/bin/env bash
# Runs a command against a PostgreSQL server: DATABASE_URL when it is set, else a throwaway local server (Debian's
# `postgresql`, installed when missing and we are root) started as the `postgres` user on a loopback port, removed
# when the command ends. Usage: bash scripts/with-postgres.sh <command…>
set -euo pipefail
if [ -n "${DATABASE_URL:-}" ]; then exec "$@"; fi

BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$BIN" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's postgresql for the server-mode tests…"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  else
    echo "The server-mode tests need PostgreSQL: install Debian's 'postgresql' package or set DATABASE_URL." >&2
    exit 1
  fi
fi

PORT="${PGTEST_PORT:-54329}"
DIR="$(mktemp -d /tmp/pgtest.XXXXXX)"
RUN_AS=()
# PostgreSQL refuses to run as root: run it as the `postgres` user the package created.
if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; RUN_AS=(runuser -u postgres --); fi
cleanup() {
  "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT
"${RUN_AS[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -o "-p $PORT -h 127.0.0.1 -k $DIR -c fsync=off -c max_connections=200" start >/dev/null
export DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT for this run"
"$@"
