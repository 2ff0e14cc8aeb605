#!/usr/bin/env bash
# Fetches the pages' vendored JavaScript from the npm registry into
# web/static/vendor, checking each tarball against the integrity pinned here.
# The files are committed: building or running inft never needs npm.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# package version integrity files-to-keep...
fetch() {
  local pkg="$1" version="$2" integrity="$3"; shift 3
  local dir="web/static/vendor/$pkg-$version"
  (cd "$tmp" && npm pack --silent "$pkg@$version" >/dev/null)
  local tgz="$tmp/$pkg-$version.tgz"
  got="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  if [ "$got" != "$integrity" ]; then
    echo "vendor-js: $pkg@$version: integrity $got, want $integrity" >&2
    exit 1
  fi
  mkdir -p "$tmp/$pkg" "$dir"
  tar xzf "$tgz" -C "$tmp/$pkg"
  for f in "$@"; do cp "$tmp/$pkg/package/$f" "$dir/"; done
  echo "vendor-js: $dir" >&2
}

fetch graphql-ws 6.4.2 'sha512-wxhPhhOGJo8PbGDkBYVE76sZLDrS+GkyrR4bZECSLVbo0pZZNKs0HtBh2Ip/uaUuiVUxwO9ssI9R92buQfNSqQ==' \
  umd/graphql-ws.min.js LICENSE.md
fetch uplot 1.6.32 'sha512-KIMVnG68zvu5XXUbC4LQEPnhwOxBuLyW1AHtpm6IKTXImkbLgkMy+jabjLgSLMasNuGGzQm/ep3tOkyTxpiQIw==' \
  dist/uPlot.iife.min.js dist/uPlot.min.css LICENSE
