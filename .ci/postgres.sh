#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server (Debian's postgresql; installed with apt-get when missing)
# on a free port of 127.0.0.1 and prints the variables the tests read:
#   ONCOTRIAGE_TEST_POSTGRES_URL   JDBC URL of the server (trust authentication, user postgres)
#   ONCOTRIAGE_TEST_POSTGRES_DIR   its data and socket directory; `.ci/postgres.sh stop DIR` stops it
# Usage: eval "$(.ci/postgres.sh start)"   ...   .ci/postgres.sh stop "$ONCOTRIAGE_TEST_POSTGRES_DIR"
set -euo pipefail

pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [[ -z "$found" ]]; then
    echo "installing Debian's postgresql" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    found=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  echo "$found"
}

# PostgreSQL refuses to run as root: run it as the postgres user the package creates.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(shuf -i 20000-60000 -n 1)
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port found" >&2
  return 1
}

start() {
  local bin dir port
  bin=$(pg_bin)
  dir=$(mktemp -d /tmp/oncotriage-pg.XXXXXX)
  chmod 755 "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
  as_owner "$bin/initdb" -A trust -U postgres -D "$dir/data" -E UTF8 >/dev/null
  for _ in 1 2 3; do
    port=$(free_port)
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
      echo "export ONCOTRIAGE_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres'"
      echo "export ONCOTRIAGE_TEST_POSTGRES_DIR='$dir'"
      return
    fi
  done
  cat "$dir/server.log" >&2
  return 1
}

stop() {
  local dir=$1
  as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "$2" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
