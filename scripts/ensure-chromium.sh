#!/usr/bin/env bash
# Makes sure Debian's Chromium, which the pages' browser tests drive with
# chromedp, is installed, and prints its path. As root on a fresh Debian
# machine it installs the package from apt (a few minutes, once), the way
# ensure-postgres.sh installs PostgreSQL; otherwise it says what to run.
# INFT_CHROMIUM names another browser binary.
set -euo pipefail
say() { echo "chromium: $*" >&2; }

if [ -n "${INFT_CHROMIUM:-}" ]; then
  echo "$INFT_CHROMIUM"
  exit 0
fi
for bin in chromium chromium-browser; do
  if command -v "$bin" >/dev/null; then
    command -v "$bin"
    exit 0
  fi
done
if [ "$(id -u)" != 0 ]; then
  say "Chromium is not installed (the pages' tests need it): sudo apt-get install -y chromium   (or set INFT_CHROMIUM)"
  exit 1
fi
say "installing Debian's chromium from apt (once, a few minutes)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
command -v chromium
