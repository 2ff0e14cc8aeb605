#!/usr/bin/env bash
# What `make dev` needs before it builds: Go, the contracts' artifacts current
# (rebuilt, with the pinned compiler from npm, only when the contracts changed),
# and PostgreSQL installed, running and reachable. Each step says what it does;
# a failure says what to do.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { echo "dev: $*" >&2; }

scripts/ensure-tools.sh --go-only

if [ "$(scripts/contracts-hash.sh)" != "$(cat contracts/artifacts/SOURCES.sha256 2>/dev/null)" ]; then
  say "the contracts changed since their artifacts were built: rebuilding them and the Go bindings"
  scripts/ensure-tools.sh
  go generate ./bindings/
else
  say "contract artifacts are current"
fi

# inft dev creates its database; the check reaches the server's own.
url="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/inft_dev?sslmode=disable}"
server="$(echo "$url" | sed -E 's#^(postgres(ql)?://[^/]*)/[^?]*#\1/postgres#')"
say "checking PostgreSQL at $(echo "$server" | sed -E 's#://([^:@/]+):[^@/]*@#://\1:***@#')"
scripts/ensure-postgres.sh "$server"
