#!/usr/bin/env bash
# Rebuilds the committed contract artifacts and Go bindings from contracts/src:
#   solc (pinned in package-lock.json, standard JSON, EVM cancun) -> contracts/artifacts/
#   abigen --v2 (a tool in go.mod)                               -> bindings/
# Run through `go generate ./...`; the output must be committed and reproducible.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"

if [ ! -d "$here/node_modules/solc" ] || [ ! -d "$here/node_modules/@openzeppelin/contracts" ]; then
  echo "contracts: installing the pinned compiler and OpenZeppelin (npm ci)" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
node "$here/build.js"
"$repo/scripts/contracts-hash.sh" > "$here/artifacts/SOURCES.sha256"

bind() { # artifact-dir type package out-file
  go tool abigen --v2 --abi "$1/$2.abi" --bin "$1/$2.bin" --pkg "$3" --type "$2" --out "$4"
}
cd "$repo"
bind contracts/artifacts INFTAgents bindings bindings/inft_agents.go
bind contracts/artifacts INFTGenerated bindings bindings/inft_generated.go
bind contracts/artifacts INFTMarketplace bindings bindings/inft_marketplace.go
bind contracts/artifacts INFTAgentRenderer bindings bindings/inft_agent_renderer.go
mkdir -p bindings/testbindings
bind contracts/artifacts/test Attacker testbindings bindings/testbindings/attacker.go
bind contracts/artifacts/test LoadGen testbindings bindings/testbindings/load_gen.go
bind contracts/artifacts/test SmartWallet testbindings bindings/testbindings/smart_wallet.go
bind contracts/artifacts/test Workload testbindings bindings/testbindings/workload.go
