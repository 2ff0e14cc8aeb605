#!/usr/bin/env bash
# Prints the path of a Kubo (IPFS) binary for the Kubo store's tests and for
# IPFS_API_URL setups, building it once from the Go module proxy when it is not
# cached. A plain `go install` of v0.43.1 is refused (its go.mod replaces
# go-libp2p with a fork the proxy does not serve), so this copies the module
# source, drops that replace and builds (a few minutes, once per machine).
set -euo pipefail
KUBO_VERSION=v0.43.1
LIBP2P_VERSION=v0.50.0
cache="${INFT_CACHE:-$HOME/.cache/inft}"
bin="$cache/ipfs-$KUBO_VERSION"
if [ -x "$bin" ]; then
  echo "$bin"
  exit 0
fi
say() { echo "kubo: $*" >&2; }
say "building Kubo $KUBO_VERSION from the Go module proxy into $cache (once; a few minutes)"
mkdir -p "$cache"
src="$(cd "${TMPDIR:-/tmp}" && go mod download -json "github.com/ipfs/kubo@$KUBO_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
if [ -z "$src" ] || [ ! -d "$src" ]; then
  say "could not download github.com/ipfs/kubo@$KUBO_VERSION from the Go module proxy"
  exit 1
fi
work="$(mktemp -d)"
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cp -r "$src/." "$work/"
chmod -R u+w "$work"
(
  cd "$work"
  go mod edit -dropreplace github.com/libp2p/go-libp2p -require="github.com/libp2p/go-libp2p@$LIBP2P_VERSION"
  GOFLAGS=-mod=mod go build -trimpath -o "$bin.tmp" ./cmd/ipfs
)
mv "$bin.tmp" "$bin"
say "built $bin"
echo "$bin"
