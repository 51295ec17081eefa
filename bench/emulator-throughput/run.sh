#!/usr/bin/env bash
# Throughput of the CognitoKit emulator and cognito-local (the version pinned in the repository's package.json), in the
# same sitting, with one sequential client (client.mjs). Run from anywhere:
#   bench/emulator-throughput/run.sh [tiers, default 1,500,2000] [calls per measurement, default 200]
# Each server gets a fresh state (cognito-local a fresh data directory) and is stopped by its process id at the end.
# The servers are measured one after the other, alternating ROUNDS times (default 2), so load drifting during the run shows.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tiers="${1:-1,500,2000}"
calls="${2:-200}"
client="$root/bench/emulator-throughput/client.mjs"
emulator_dll="$root/src/CognitoKit.Emulator/bin/Release/net10.0/CognitoKit.Emulator.dll"
cognito_local="$root/node_modules/cognito-local/lib/bin/start.js"

[ -f "$cognito_local" ] || { echo "cognito-local is missing: run 'npm ci' in $root" >&2; exit 1; }
[ -n "${SKIP_BUILD:-}" ] || dotnet build "$root/src/CognitoKit.Emulator" -c Release -f net10.0 -nologo -v q -clp:ErrorsOnly >&2

# Stops whatever this script started, by process id, even when a step fails.
started=()
trap 'for p in "${started[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})'; }
wait_for() { for _ in $(seq 1 150); do curl -s -o /dev/null "$1" && return 0; sleep 0.2; done; echo "no answer from $1" >&2; return 1; }

run_emulator() {
  local port; port="$(free_port)"
  dotnet "$1" --port "$port" >/dev/null &
  local pid=$!
  started+=("$pid")
  wait_for "http://127.0.0.1:$port/_emulator/health"
  node "$client" "http://127.0.0.1:$port/" "${2:-cognitokit-emulator}" "$tiers" "$calls" "$pid" --srp
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

run_cognito_local() {
  local port data; port="$(free_port)"; data="$(mktemp -d)"
  # cognito-local's own default makes the email the user name; both servers get Cognito's default (a plain user name).
  mkdir -p "$data/.cognito" && echo '{"UserPoolDefaults": {"UsernameAttributes": []}}' > "$data/.cognito/config.json"
  (cd "$data" && PORT="$port" HOST=127.0.0.1 exec node "$cognito_local" >/dev/null 2>&1) &
  local pid=$!
  started+=("$pid")
  wait_for "http://127.0.0.1:$port/health"
  node "$client" "http://127.0.0.1:$port/" "cognito-local-$(node -p "require('$root/node_modules/cognito-local/package.json').version")" "$tiers" "$calls" "$pid"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), node $(node --version), dotnet $(dotnet --version)"
for round in $(seq 1 "${ROUNDS:-2}"); do
  echo "# round $round"
  run_emulator "$emulator_dll"
  run_cognito_local
  # BASELINE_EMULATOR_DLL: another build of the emulator (e.g. an older commit's) measured in the same round.
  [ -z "${BASELINE_EMULATOR_DLL:-}" ] || run_emulator "$BASELINE_EMULATOR_DLL" cognitokit-emulator-baseline
done
echo "# load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
