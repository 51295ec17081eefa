#!/usr/bin/env bash
# Runs every test CognitoKit has: the packages' pack and validation, the .NET test projects (unit, emulator,
# integration against cognito-local and the embedded emulator, the web farm on a real redis-server), the conformance
# runner over every vector file, the node interop suite (official JS clients against our emulator) and the NativeAOT
# sample against the standalone emulator. Ends with the line
# "N passed, N failed"; exits non-zero on any failure.
#
# Needs: the .NET 10 SDK and Node 20 with npm; installs chromium and redis-server (Debian packages) when run as root,
# and (bench/arm64/run.sh) qemu-user-static with arm64 libc and libssl for the arm64 run of the SRP vectors. Installs the npm packages it needs (npm ci) on first use.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

configuration="${CONFIGURATION:-Release}"
# No test may reach the EC2 instance-metadata address: the AWS SDK's fallback chains look there for credentials and
# region when nothing else is configured. Tests always configure both; this is the second lock on that door.
export AWS_EC2_METADATA_DISABLED=true
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
passed=0
failed=0
status=0

note() { printf '\n==> %s\n' "$*"; }
count() { passed=$((passed + $1)); failed=$((failed + $2)); }

# --- npm packages (cognito-local, aws-sdk v2 models, the interop clients) -----------------------------------
for dir in . tests/interop; do
  if [ -f "$dir/package-lock.json" ]; then
    stamp="$dir/node_modules/.ck-lock-stamp"
    if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
      note "npm ci in $dir"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed in $dir"; exit 1; }
      cp "$dir/package-lock.json" "$stamp"
    fi
  fi
done

# --- Debian packages the tests run (a downloaded browser is never used): chromium for the browser tests, redis-server
# for the web-farm tests (they start their own servers and fail without it). One apt-get update for whatever is missing.
missing=()   # entries "command:the tests that need it"
for need in "chromium:browser tests" "redis-server:web-farm tests"; do
  command -v "${need%%:*}" >/dev/null 2>&1 || missing+=("$need")
done
if [ ${#missing[@]} -gt 0 ]; then
  packages=("${missing[@]%%:*}")
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    note "installing ${packages[*]} (Debian packages) for the tests"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null \
      || echo "could not install ${packages[*]}: the tests that need them will fail and say so"
  else
    for need in "${missing[@]}"; do
      echo "${need%%:*} is not installed: the ${need#*:} will fail. Install it with: sudo apt-get install -y ${need%%:*}"
    done
  fi
fi

# --- build --------------------------------------------------------------------------------------------------
note "dotnet build ($configuration)"
if ! dotnet build CognitoKit.sln -c "$configuration" -nologo -v quiet -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# --- pack: each package packs from the build above and passes package validation (the same API in every target
# framework); the build itself has already checked every public member against the PublicAPI lists. -------------
note "dotnet pack (package validation)"
for proj in $(grep -l '<IsPackable>true</IsPackable>' src/*/*.csproj); do
  if dotnet pack "$proj" -c "$configuration" --no-build -nologo -v quiet -clp:ErrorsOnly -o "$results/packages"; then
    count 1 0
  else
    echo "dotnet pack failed for $proj"
    count 0 1
    status=1
  fi
done

# --- .NET tests ---------------------------------------------------------------------------------------------
note "dotnet test"
dotnet test CognitoKit.sln -c "$configuration" --no-build -nologo 2>&1 | tee "$results/dotnet-test.log"
test_rc=${PIPESTATUS[0]}
assemblies=0
while IFS= read -r line; do
  f=$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$line")
  p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$line")
  count "$p" "$f"
  assemblies=$((assemblies + 1))
done < <(grep -E '^(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+' "$results/dotnet-test.log")
# One report per test project and target framework: a run that aborts before reporting is a failure, not a pass.
expected_assemblies=0
for proj in $(git ls-files 'tests/*.csproj' | xargs grep -l '<IsTestProject>true'); do
  tfms=$(sed -nE 's#.*<TargetFrameworks?>([^<]+)</TargetFrameworks?>.*#\1#p' "$proj" | head -n1 | tr ';' '\n' | grep -c .)
  expected_assemblies=$((expected_assemblies + tfms))
done
if [ "$test_rc" -ne 0 ] || [ "$assemblies" -lt "$expected_assemblies" ]; then
  echo "dotnet test exited $test_rc with $assemblies of $expected_assemblies test assemblies reporting"
  status=1
  [ "$assemblies" -lt "$expected_assemblies" ] && count 0 $((expected_assemblies - assemblies))
fi

# --- conformance runner over every vector file --------------------------------------------------------------
vectors="$root/../shared/vectors"
[ -d "$vectors" ] || vectors="$root/tests/CognitoKit.Tests/TestData/vectors"
conformance() {
  local cmd="$1" file="$2"
  shift 2
  [ -f "$file" ] || { echo "missing vector file $file"; count 0 1; status=1; return; }
  note "conformance $cmd $(basename "$file") $*"
  dotnet run --project tests/CognitoKit.Conformance -c "$configuration" --no-build -- "$cmd" "$file" "$@" > "$results/conf.log" 2>&1
  local rc=$?
  tail -n 5 "$results/conf.log"
  local last
  last=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$results/conf.log" | tail -n 1)
  if [ -z "$last" ]; then count 0 1; status=1; return; fi
  count "$(cut -d' ' -f1 <<<"$last")" "$(cut -d' ' -f3 <<<"$last")"
  [ "$rc" -eq 0 ] || status=1
}
if [ -f tests/CognitoKit.Conformance/SrpCommand.cs ]; then
  conformance srp "$vectors/srp-vectors.json"
  conformance device-srp "$vectors/device-srp-vectors.json"
  conformance secret-hash "$vectors/secret-hash.json"
  conformance timestamps "$vectors/srp-timestamps.json"
  # The SRP vectors again with the managed arithmetic forced: on the fastest kernel this CPU runs, then on the portable
  # one (the path of arm64 and WebAssembly), so every backend passes every vector.
  COGNITOKIT_SRP_USE_MANAGED_ARITHMETIC=1 conformance srp "$vectors/srp-vectors.json"
  COGNITOKIT_SRP_USE_MANAGED_ARITHMETIC=1 conformance device-srp "$vectors/device-srp-vectors.json"
  COGNITOKIT_SRP_USE_PORTABLE_MANAGED_ARITHMETIC=1 conformance srp "$vectors/srp-vectors.json"
  COGNITOKIT_SRP_USE_PORTABLE_MANAGED_ARITHMETIC=1 conformance device-srp "$vectors/device-srp-vectors.json"
  # The same vectors under cultures that have broken Cognito clients before: Buddhist calendar, Arabic digits and
  # calendar, Turkish casing.
  for culture in th-TH ar-SA tr-TR; do
    conformance srp "$vectors/srp-vectors.json" --culture "$culture"
    conformance device-srp "$vectors/device-srp-vectors.json" --culture "$culture"
    conformance timestamps "$vectors/srp-timestamps.json" --culture "$culture"
    conformance secret-hash "$vectors/secret-hash.json" --culture "$culture"
  done
fi
if [ -f tests/CognitoKit.Conformance/JwtCommand.cs ]; then
  conformance jwt tests/CognitoKit.Conformance/data/jwt-cases.json
fi

# --- the SRP vectors again as an arm64 process, under QEMU user-mode emulation ------------------------------
# bench/arm64/run.sh publishes the conformance runner for linux-arm64 and runs the SRP and device-SRP vectors with the
# aarch64 libcrypto and with the portable managed kernel (the arm64 code paths); it installs qemu-user-static and the
# arm64 libraries with apt when they are missing (root or sudo), and fails when it cannot.
if [ -x bench/arm64/run.sh ]; then
  note "SRP vectors as an arm64 process under QEMU (bench/arm64/run.sh --vectors-only --no-net8)"
  bash bench/arm64/run.sh --vectors-only --no-net8 > "$results/arm64.log" 2>&1
  arm64_rc=$?
  grep -E '^net[0-9.]+ ' "$results/arm64.log"
  arm64_passed=$(grep -oE '^net[0-9.]+ +[a-z]+ +[a-z-]+ +[0-9]+ passed' "$results/arm64.log" | awk '{s += $4} END {print s + 0}')
  if [ "$arm64_rc" -eq 0 ] && [ "$arm64_passed" -gt 0 ]; then
    count "$arm64_passed" 0
  else
    tail -n 20 "$results/arm64.log"
    count "$arm64_passed" 1
    status=1
  fi
fi

# --- interop: the official JS clients against our emulator --------------------------------------------------
if [ -f tests/interop/package.json ]; then
  note "interop (node --test)"
  (cd tests/interop && node --test --test-reporter=tap 2>&1) | tee "$results/interop.log"
  irc=${PIPESTATUS[0]}
  ip=$(grep -E '^# pass [0-9]+' "$results/interop.log" | tail -n1 | awk '{print $3}')
  if_=$(grep -E '^# fail [0-9]+' "$results/interop.log" | tail -n1 | awk '{print $3}')
  count "${ip:-0}" "${if_:-1}"
  [ "$irc" -eq 0 ] || status=1
fi

# --- NativeAOT: the sample, published with PublishAot, signs in with SRP against the standalone emulator -------
# Its project turns every trim and AOT warning into an error, so a publish that succeeds is a warning-free one.
if [ -f samples/CognitoKit.AotSample/CognitoKit.AotSample.csproj ]; then
  note "NativeAOT sample: publish (linux-x64), then run against the standalone emulator"
  aot_out="$results/aot"
  aot_started=$(date +%s)
  if dotnet publish samples/CognitoKit.AotSample -c "$configuration" -r linux-x64 -nologo -v quiet -clp:ErrorsOnly \
      -o "$aot_out" > "$results/aot-publish.log" 2>&1; then
    echo "published in $(( $(date +%s) - aot_started )) s"
    # Port 0: the emulator takes a free port and prints its endpoint.
    dotnet "src/CognitoKit.Emulator/bin/$configuration/net10.0/CognitoKit.Emulator.dll" --port 0 > "$results/aot-emulator.log" 2>&1 &
    emulator_pid=$!
    endpoint=""
    for _ in $(seq 1 60); do
      endpoint=$(grep -oE 'listening on http://[^ ]+' "$results/aot-emulator.log" | head -n1 | cut -d' ' -f3)
      [ -n "$endpoint" ] && break
      kill -0 "$emulator_pid" 2>/dev/null || break
      sleep 0.5
    done
    if [ -n "$endpoint" ] && "$aot_out/CognitoKit.AotSample" --endpoint "$endpoint" > "$results/aot-run.log" 2>&1 \
        && grep -q '^PASS' "$results/aot-run.log"; then
      cat "$results/aot-run.log"
      count 1 0
    else
      [ -n "$endpoint" ] || { echo "the standalone emulator did not start:"; tail -n 20 "$results/aot-emulator.log"; }
      cat "$results/aot-run.log" 2>/dev/null
      count 0 1
      status=1
    fi
    kill "$emulator_pid" 2>/dev/null
    wait "$emulator_pid" 2>/dev/null
  else
    echo "NativeAOT publish failed (trim and AOT warnings are errors in this project):"
    tail -n 40 "$results/aot-publish.log"
    count 0 1
    status=1
  fi
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] || status=1
exit "$status"
