#!/usr/bin/env bash
# Makes sure the PostgreSQL that tests and `inft dev` use is installed, running
# and reachable, and says what it does at each step. With TEST_DATABASE_URL or
# DATABASE_URL pointing elsewhere it only checks that server.
#
# On a fresh Debian machine (as root) it installs PostgreSQL from apt, starts
# the cluster and lets loopback connections in without a password, the way the
# project's CI machines are set up. It never touches a server that already
# accepts our connections.
set -euo pipefail

url="${1:-${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}}"
say() { echo "postgres: $*" >&2; }
reachable() { psql "$url" -Atqc 'SELECT 1' >/dev/null 2>&1; }

if command -v psql >/dev/null && reachable; then
  exit 0
fi

if ! command -v pg_ctlcluster >/dev/null; then
  if [ "$(id -u)" != 0 ]; then
    say "PostgreSQL is not installed; run: sudo apt-get install -y postgresql   (or set TEST_DATABASE_URL / DATABASE_URL)"
    exit 1
  fi
  say "installing PostgreSQL from apt (once)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
  fresh=1
fi

version="$(ls /etc/postgresql | sort -V | tail -n 1)"
if ! pg_ctlcluster "$version" main status >/dev/null 2>&1; then
  say "starting PostgreSQL $version"
  if [ "$(id -u)" = 0 ]; then
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
  else
    sudo pg_ctlcluster --skip-systemctl-redirect "$version" main start
  fi
fi

if [ "${fresh:-}" = 1 ]; then
  hba="/etc/postgresql/$version/main/pg_hba.conf"
  say "allowing passwordless loopback logins in $hba (a fresh dev/CI install)"
  sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
  pg_ctlcluster --skip-systemctl-redirect "$version" main reload
fi

for _ in $(seq 1 30); do
  reachable && exit 0
  sleep 0.5
done
say "PostgreSQL is running but refuses $(echo "$url" | sed -E 's#://([^:@/]+):[^@/]*@#://\1:***@#')."
say "Point TEST_DATABASE_URL (tests) or DATABASE_URL (inft dev) at a server you can log in to, e.g."
say "  export TEST_DATABASE_URL=postgres://USER:PASSWORD@127.0.0.1:5432/inft_test"
exit 1
