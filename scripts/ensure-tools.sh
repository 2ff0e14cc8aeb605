#!/usr/bin/env bash
# Checks the toolchain the build needs and installs what is missing where it
# can: Go (must be there already), Node.js and npm (apt), and the pinned
# Solidity compiler and OpenZeppelin (npm ci in contracts/). With --go-only it
# checks Go alone (what building bin/inft needs).
set -euo pipefail
cd "$(dirname "$0")/.."
say() { echo "tools: $*" >&2; }

want_go="$(sed -n 's/^go \([0-9.]*\).*/\1/p' go.mod)"
if ! command -v go >/dev/null; then
  say "Go is not installed: install Go $want_go or newer from go.dev/dl and put it on PATH"
  exit 1
fi
have_go="$(go env GOVERSION | sed 's/^go//')"
if [ "$(printf '%s\n%s\n' "$want_go" "$have_go" | sort -V | head -n 1)" != "$want_go" ]; then
  say "Go $have_go is older than the $want_go that go.mod needs"
  exit 1
fi

say "Go $have_go"
if [ "${1:-}" = --go-only ]; then
  exit 0
fi

if ! command -v npm >/dev/null; then
  if [ "$(id -u)" != 0 ]; then
    say "Node.js and npm are missing (they compile the contracts): sudo apt-get install -y nodejs npm"
    exit 1
  fi
  say "installing Node.js and npm from apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq nodejs npm >/dev/null
fi

if [ ! -d contracts/node_modules/solc ] || [ ! -d contracts/node_modules/@openzeppelin/contracts ] \
  || [ contracts/package-lock.json -nt contracts/node_modules/.package-lock.json ]; then
  say "installing the pinned Solidity compiler and OpenZeppelin (npm ci in contracts/)"
  (cd contracts && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
