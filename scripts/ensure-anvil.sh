#!/usr/bin/env bash
# Makes sure Foundry's anvil 1.7.1, the node the indexer's benchmark runs
# against (make bench), is installed, and prints its path. It comes from the
# npm registry (@foundry-rs/anvil pins its platform's binary to the same
# version) into ~/.cache/inft, once. INFT_ANVIL names another binary.
set -euo pipefail
say() { echo "anvil: $*" >&2; }
version=1.7.1

if [ -n "${INFT_ANVIL:-}" ]; then
  echo "$INFT_ANVIL"
  exit 0
fi
dir="${XDG_CACHE_HOME:-$HOME/.cache}/inft/anvil-$version"
find_bin() { find "$dir/node_modules/@foundry-rs" -path '*/bin/anvil' -type f 2>/dev/null | head -n 1 || true; }
bin="$(find_bin)"
if [ -z "$bin" ]; then
  if ! command -v npm >/dev/null; then
    say "npm is missing (it installs anvil): run scripts/ensure-tools.sh, or set INFT_ANVIL"
    exit 1
  fi
  say "installing @foundry-rs/anvil@$version from npm into $dir (once)"
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error --save-exact "@foundry-rs/anvil@$version" >/dev/null
  bin="$(find_bin)"
fi
if ! "$bin" --version | grep -q "anvil Version: $version"; then
  say "$bin is not anvil $version"
  exit 1
fi
echo "$bin"
