// Compiles every contract under src/ with the pinned solc (package-lock.json)
// through its standard-JSON interface, targeting the EVM version Sonic runs, and
// writes one ABI and one bytecode file per deployable contract to artifacts/.
// Run by build.sh; the output is committed and must not change without a source change.
"use strict";
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const EVM_VERSION = "cancun"; // Sonic runs Cancun; solc's own default (osaka) would not deploy there.
const root = __dirname;

function sources(dir) {
  const out = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, sources(full));
    else if (entry.name.endsWith(".sol")) out[path.relative(root, full)] = { content: fs.readFileSync(full, "utf8") };
  }
  return out;
}

function findImports(name) {
  for (const base of [root, path.join(root, "node_modules")]) {
    const full = path.join(base, name);
    if (fs.existsSync(full)) return { contents: fs.readFileSync(full, "utf8") };
  }
  return { error: "not found: " + name };
}

const input = {
  language: "Solidity",
  sources: sources(path.join(root, "src")),
  settings: {
    evmVersion: EVM_VERSION,
    optimizer: { enabled: true, runs: 200 },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (output.errors || []).filter((e) => e.severity === "error");
for (const e of output.errors || []) process.stderr.write(e.formattedMessage + "\n");
if (errors.length > 0) process.exit(1);

const outDir = path.join(root, "artifacts");
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir);
const written = [];
for (const [file, contracts] of Object.entries(output.contracts)) {
  if (!file.startsWith("src/")) continue;
  for (const [name, c] of Object.entries(contracts)) {
    if (!c.evm.bytecode.object) continue; // abstract contracts and interfaces
    const dir = path.join(outDir, path.dirname(path.relative("src", file)));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, name + ".abi"), JSON.stringify(c.abi, null, 2) + "\n");
    fs.writeFileSync(path.join(dir, name + ".bin"), c.evm.bytecode.object + "\n");
    written.push(`${name}: ${c.evm.bytecode.object.length / 2} bytes of init code`);
  }
}
process.stderr.write(`solc ${solc.version()} (evm ${EVM_VERSION}): ${written.join(", ")}\n`);
