#!/usr/bin/env bash
# Prints one SHA-256 of everything the contract artifacts are built from: the
# Solidity sources, the build script and the pinned compiler (package-lock.json).
# contracts/build.sh records it in contracts/artifacts/SOURCES.sha256, so that
# `make dev` rebuilds the contracts only when they changed.
set -euo pipefail
cd "$(dirname "$0")/../contracts"
{ find src -name '*.sol' -print0 | sort -z | xargs -0 sha256sum; sha256sum build.js package-lock.json; } | sha256sum | cut -d' ' -f1
