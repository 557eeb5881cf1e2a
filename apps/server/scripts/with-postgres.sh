#!/usr/bin/env bash
# Runs a command with TEST_DATABASE_URL pointing at a throwaway PostgreSQL on loopback.
#
#   scripts/with-postgres.sh pnpm exec vitest run   # start, run, stop
#   eval "$(scripts/with-postgres.sh)"              # start and print the export line; stop with --stop
#   scripts/with-postgres.sh --stop
#
# Uses Debian's postgresql binaries (apt-get install postgresql): initdb a private cluster in
# $NEWSGRAPH_PG_DIR (default /tmp/newsgraph-pg), listening on 127.0.0.1:$NEWSGRAPH_PG_PORT (default 54329)
# with trust auth for loopback only, and a database newsgraph_test. It leaves the system cluster alone.
# If TEST_DATABASE_URL is already set, or no PostgreSQL is installed, the command runs as it is.
set -euo pipefail

dir="${NEWSGRAPH_PG_DIR:-/tmp/newsgraph-pg}"
port="${NEWSGRAPH_PG_PORT:-54329}"
url="postgresql://postgres@127.0.0.1:${port}/newsgraph_test"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"

# postgres refuses to run as root: run its tools as the postgres user then.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
}

if [ "${1:-}" = "--stop" ]; then
  [ -n "$bin" ] && stop
  exit 0
fi

if [ -n "${TEST_DATABASE_URL:-}" ] || [ -z "$bin" ]; then
  [ -z "$bin" ] && [ -z "${TEST_DATABASE_URL:-}" ] && echo "with-postgres: no PostgreSQL installed; tests run on PGlite only" >&2
  if [ "$#" -gt 0 ]; then exec "$@"; fi
  exit 0
fi

started=0
if ! as_owner "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  fi
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
  started=1
fi
as_owner "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname = 'newsgraph_test'" | grep -q 1 ||
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres newsgraph_test

if [ "$#" -eq 0 ]; then
  echo "export TEST_DATABASE_URL=$url"
  exit 0
fi

export TEST_DATABASE_URL="$url"
status=0
"$@" || status=$?
[ "$started" = 1 ] && stop
exit "$status"
