#!/usr/bin/env bash
# Runs a command with TEST_DATABASE_URL pointing at a throwaway PostgreSQL on loopback.
#
#   scripts/with-postgres.sh pnpm exec vitest run   # a private cluster for this command, removed after
#   eval "$(scripts/with-postgres.sh)"              # a shared cluster that stays up; stop it with --stop
#   scripts/with-postgres.sh --stop
#
# Uses Debian's postgresql binaries (apt-get install postgresql): initdb a cluster of its own with
# trust auth, listening on 127.0.0.1 only, and a database newsgraph_test. The system cluster is left
# alone. Each command run gets its own cluster and port, so runs at the same time do not stop each
# other's server. If TEST_DATABASE_URL is already set, or no PostgreSQL is installed, the command
# runs as it is (the suite then runs on PGlite only).
set -euo pipefail

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"

# postgres refuses to run as root: run its tools as the postgres user then.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# start DIR PORT: initdb DIR if needed, start the server, create the test database.
start() {
  local dir="$1" port="$2"
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  fi
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
  as_owner "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'newsgraph_test'" | grep -q 1 ||
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres newsgraph_test
}

stop() {
  local dir="$1"
  if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
}

shared_dir="${NEWSGRAPH_PG_DIR:-/tmp/newsgraph-pg}"
shared_port="${NEWSGRAPH_PG_PORT:-54329}"

if [ "${1:-}" = "--stop" ]; then
  [ -n "$bin" ] && stop "$shared_dir"
  exit 0
fi

if [ -n "${TEST_DATABASE_URL:-}" ] || [ -z "$bin" ]; then
  [ -z "$bin" ] && [ -z "${TEST_DATABASE_URL:-}" ] && echo "with-postgres: no PostgreSQL installed; tests run on PGlite only" >&2
  if [ "$#" -gt 0 ]; then exec "$@"; fi
  exit 0
fi

if [ "$#" -eq 0 ]; then
  as_owner "$bin/pg_isready" -q -h 127.0.0.1 -p "$shared_port" 2>/dev/null || start "$shared_dir" "$shared_port"
  echo "export TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:${shared_port}/newsgraph_test"
  exit 0
fi

dir="$(mktemp -d /tmp/newsgraph-pg-run.XXXXXX)"
port="$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")"
cleanup() {
  stop "$dir"
  rm -rf "$dir"
}
trap cleanup EXIT
start "$dir" "$port"
export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:${port}/newsgraph_test"
# In the background, so a TERM or INT reaches the command at once and the cluster still goes away.
"$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null || true' INT TERM
status=0
wait "$child" || status=$?
while kill -0 "$child" 2>/dev/null; do wait "$child" || status=$?; done
exit "$status"
