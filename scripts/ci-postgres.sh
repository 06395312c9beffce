#!/usr/bin/env bash
# A throw-away PostgreSQL for the store tests: on a fresh Debian machine installs `postgresql` with apt-get when
# initdb/pg_ctl are missing, creates a cluster in a temp folder, starts it on 127.0.0.1:55432 with trust auth for
# local connections, creates database dvc_test, and prints its URL as the last line (the only line on stdout):
#
#   export DVC_TEST_PG_URL="$(scripts/ci-postgres.sh)"
#
# Idempotent: a second call reuses the running server (several runs on one machine share it; each test makes its
# own schema). `scripts/ci-postgres.sh stop` stops it. Durability is off (fsync, synchronous_commit): test data only.
# Environment: DVC_PG_PORT (55432), DVC_PG_DIR (${TMPDIR:-/tmp}/dvc-ci-postgres).
set -euo pipefail

port="${DVC_PG_PORT:-55432}"
base="${DVC_PG_DIR:-${TMPDIR:-/tmp}/dvc-ci-postgres}"
database=dvc_test
url="postgres://postgres@127.0.0.1:${port}/${database}"
log() { echo "ci-postgres: $*" >&2; }

newest_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bin="$(newest_bin)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  log "installing postgresql with apt-get"
  $sudo apt-get update -qq >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
  bin="$(newest_bin)"
  [ -n "$bin" ] && [ -x "$bin/initdb" ] || { log "no initdb under /usr/lib/postgresql/*/bin after installing"; exit 1; }
fi

# PostgreSQL refuses to run as root: as root, run it as the `postgres` user (the package creates it).
as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  if command -v runuser >/dev/null; then
    as_owner() { runuser -u postgres -- "$@"; }
  else
    as_owner() { su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; }
  fi
fi

mkdir -p "$base"
[ "$(id -u)" = 0 ] && chown postgres "$base"
data="$base/data"
psql() { as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -X -q "$@"; }
running() { as_owner "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; }

# One caller at a time: two runs starting together must not both run initdb.
exec 9>"$base.lock"
flock 9

if [ "${1:-}" = stop ]; then
  if [ -f "$data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >&2; fi
  exit 0
fi

if running; then
  log "reusing the server on 127.0.0.1:$port"
else
  if [ ! -f "$data/PG_VERSION" ]; then
    log "creating a cluster in $data ($("$bin/initdb" --version))"
    as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$base/initdb.log" 2>&1 ||
      { cat "$base/initdb.log" >&2; exit 1; }
  fi
  log "starting on 127.0.0.1:$port"
  as_owner "$bin/pg_ctl" -D "$data" -l "$base/server.log" -w -t 60 start -o \
    "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$base -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    >&2 9>&- || { tail -n 20 "$base/server.log" >&2; exit 1; }   # 9>&-: the server must not hold the lock
fi

if [ "$(psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]; then
  psql -d postgres -c "CREATE DATABASE $database" >&2
fi
echo "$url"
