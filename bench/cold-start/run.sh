#!/usr/bin/env bash
# Cold start of a minimal API that validates Cognito access tokens (samples/CognitoKit.ColdStart, keys preloaded from a
# file): published with NativeAOT and for the JIT (framework-dependent, and framework-dependent ReadyToRun), each timed
# by hyperfine from process start to its first answered request (bench/cold-start/first-request.sh).
#
#   bench/cold-start/run.sh [runs]      (default 20 runs per variant, after 3 warm-up runs)
#
# Needs hyperfine (Debian: apt-get install -y hyperfine; installed here when apt-get is usable) and node (for the fixture).
# Writes bench/cold-start/results/ (the markdown table, hyperfine's JSON, the load average before and after).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-20}
out=bench/cold-start/results
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v hyperfine > /dev/null; then
  if command -v apt-get > /dev/null && [ "$(id -u)" = 0 ]; then
    apt-get install -y hyperfine > /dev/null || { echo "hyperfine is missing and apt-get install -y hyperfine failed" >&2; exit 1; }
  else
    echo "hyperfine is missing: install it (Debian: apt-get install -y hyperfine)" >&2
    exit 1
  fi
fi
command -v node > /dev/null || { echo "node is missing: it writes the token and JWKS for the app" >&2; exit 1; }

project=samples/CognitoKit.ColdStart
echo "publishing NativeAOT, JIT and ReadyToRun builds of $project ..."
dotnet publish "$project" -c Release -r linux-x64 -p:PublishAot=true -nologo -v quiet -clp:ErrorsOnly -o "$work/aot"
dotnet publish "$project" -c Release -r linux-x64 --self-contained false -nologo -v quiet -clp:ErrorsOnly -o "$work/jit"
variants=(-n "NativeAOT" "bench/cold-start/first-request.sh $work/aot/CognitoKit.ColdStart"
          -n "JIT (framework-dependent)" "bench/cold-start/first-request.sh $work/jit/CognitoKit.ColdStart")
if dotnet publish "$project" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -nologo -v quiet -clp:ErrorsOnly \
    -o "$work/r2r" > "$work/r2r.log" 2>&1; then
  variants+=(-n "JIT + ReadyToRun (framework-dependent)" "bench/cold-start/first-request.sh $work/r2r/CognitoKit.ColdStart")
else
  echo "ReadyToRun publish failed (its compiler package may not be available); measuring NativeAOT and JIT only:" >&2
  tail -n 5 "$work/r2r.log" >&2
fi

node bench/cold-start/make-fixture.mjs "$work"
export COLDSTART_JWKS="$work/jwks.json" COLDSTART_POOL_ID=eu-west-1_ColdStart COLDSTART_CLIENT_ID=coldstartclient1
export COLDSTART_URL=http://127.0.0.1:${COLDSTART_PORT:-5987}
COLDSTART_TOKEN=$(cat "$work/token.txt")
export COLDSTART_TOKEN

# One checked run each first: a variant whose first answer is not a 200 fails here, not in the middle of hyperfine.
for binary in "$work"/*/CognitoKit.ColdStart; do
  bench/cold-start/first-request.sh "$binary" || { echo "$binary did not answer 200" >&2; exit 1; }
done

mkdir -p "$out"
{
  echo "date: $(date -u +%FT%TZ)"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "dotnet: $(dotnet --version)"
  echo "load before: $(cat /proc/loadavg)"
  echo "sizes: aot $(du -sh "$work/aot" | cut -f1), jit $(du -sh "$work/jit" | cut -f1)$( [ -d "$work/r2r" ] && echo ", r2r $(du -sh "$work/r2r" | cut -f1)")"
} > "$out/environment.txt"
# -N: no intermediate shell, so nothing but first-request.sh and the app is timed.
hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$out/cold-start.md" --export-json "$out/cold-start.json" "${variants[@]}"
echo "load after: $(cat /proc/loadavg)" >> "$out/environment.txt"
cat "$out/environment.txt" "$out/cold-start.md"
