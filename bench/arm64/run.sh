#!/usr/bin/env bash
# Runs CognitoKit's SRP code as an arm64 (aarch64) process on an x64 Debian machine, under QEMU user-mode emulation:
#   1. the SRP and device-SRP vectors through the conformance runner (net10.0 and net8.0), with the default backend
#      (which must be the arm64 libcrypto) and with the managed arithmetic forced (the portable kernel on arm64);
#   2. an indicative timing of the managed password-claim arithmetic against OpenSSL's BN_mod_exp in the same process.
# The timings are EMULATED: they say how the two compare under QEMU's translation, not how fast an arm64 CPU is.
#
# Usage, from anywhere in the repository:
#   bench/arm64/run.sh [--vectors-only] [--no-net8] [--rounds N] [--x64-control]
# --x64-control also times the same rows natively on the x64 host (not emulated), to compare the ranking.
# Installs what is missing with apt (qemu-user-static and the arm64 libc, libstdc++, libssl and ICU), which needs root
# or sudo. Publishes into artifacts/arm64 only: the repository's own bin/ and obj/ are left alone.
set -euo pipefail

vectors_only=0
net8=1
rounds=15
x64_control=0
while [ $# -gt 0 ]; do
  case "$1" in
    --vectors-only) vectors_only=1 ;;
    --no-net8) net8=0 ;;
    --rounds) rounds="$2"; shift ;;
    --x64-control) x64_control=1 ;;
    *) echo "usage: $0 [--vectors-only] [--no-net8] [--rounds N] [--x64-control]" >&2; exit 2 ;;
  esac
  shift
done

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out="$root/artifacts/arm64"
vectors="$root/tests/CognitoKit.Tests/TestData/vectors"
started=$SECONDS

say() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

# --- 1. The emulator and the arm64 libraries ------------------------------------------------------------------------
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
# The first of the given package names that apt knows for arm64 (names differ between Debian releases).
first_known() {
  local name
  for name in "$@"; do
    if apt-cache show "$name:arm64" >/dev/null 2>&1; then echo "$name"; return; fi
  done
}

say "Tools"
[ "$(dpkg --print-architecture)" = amd64 ] || fail "this script expects an amd64 Debian host"
updated=0
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  as_root dpkg --add-architecture arm64
fi
if ! command -v qemu-aarch64-static >/dev/null && ! command -v qemu-aarch64 >/dev/null; then
  as_root apt-get update -q; updated=1
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q qemu-user-static
fi
needed=(libc6:arm64 libgcc-s1:arm64 libstdc++6:arm64)
ssl="$(first_known libssl3t64 libssl3)"
icu="$(first_known $(apt-cache search --names-only '^libicu[0-9]+$' 2>/dev/null | awk '{print $1}' | sort -rV))"
if [ -z "$ssl" ] || [ -z "$icu" ]; then
  as_root apt-get update -q; updated=1
  ssl="$(first_known libssl3t64 libssl3)"
  icu="$(first_known $(apt-cache search --names-only '^libicu[0-9]+$' | awk '{print $1}' | sort -rV))"
fi
[ -n "$ssl" ] || fail "apt knows no arm64 libssl3"
[ -n "$icu" ] || fail "apt knows no arm64 libicu"
needed+=("$ssl:arm64" "$icu:arm64")
missing=()
for p in "${needed[@]}"; do installed "$p" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  [ $updated -eq 1 ] || as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi
qemu="$(command -v qemu-aarch64-static || command -v qemu-aarch64)"
qemu_version="$("$qemu" --version | head -1)"
openssl_version="$(dpkg-query -W -f='${Package}:${Architecture} ${Version}' "$ssl:arm64")"
echo "$qemu_version"
echo "$openssl_version; dotnet SDK $(dotnet --version)"

# --- 2. Publish, self-contained for linux-arm64 (the runtime pack comes from NuGet) ---------------------------------
publish() { # project tfm output [extra msbuild arguments]
  local project="$1" tfm="$2" output="$3"
  shift 3
  dotnet publish "$project" -c Release -f "$tfm" -r linux-arm64 --self-contained \
    --artifacts-path "$out/build-$tfm" -o "$output" -nologo -v q -clp:ErrorsOnly "$@"
}
say "Publish for linux-arm64"
publish_started=$SECONDS
tfms=(net10.0)
publish tests/CognitoKit.Conformance net10.0 "$out/conformance-net10.0"
if [ $net8 -eq 1 ]; then
  # The runner targets net10.0 only; the library targets both, so the runner is rebuilt for net8.0 here.
  publish tests/CognitoKit.Conformance net8.0 "$out/conformance-net8.0" -p:TargetFrameworks=net8.0
  tfms+=(net8.0)
fi
if [ $vectors_only -eq 0 ]; then
  publish bench/CognitoKit.Benchmarks net10.0 "$out/benchmarks-net10.0"
fi
if [ $vectors_only -eq 0 ] && [ $x64_control -eq 1 ]; then
  dotnet publish bench/CognitoKit.Benchmarks -c Release -f net10.0 -r linux-x64 --self-contained \
    --artifacts-path "$out/build-x64" -o "$out/benchmarks-x64" -nologo -v q -clp:ErrorsOnly
fi
echo "published in $((SECONDS - publish_started)) s"

# --- 3. The SRP vectors as an arm64 process ---------------------------------------------------------------------------
say "SRP vectors under $qemu"
vectors_started=$SECONDS
runs=0
for tfm in "${tfms[@]}"; do
  for mode in default managed portable; do
    case "$mode" in
      default) env=(); expect="openssl (libcrypto" ;;
      managed) env=(COGNITOKIT_SRP_USE_MANAGED_ARITHMETIC=1); expect="managed-portable" ;;
      portable) env=(COGNITOKIT_SRP_USE_PORTABLE_MANAGED_ARITHMETIC=1); expect="managed-portable" ;;
    esac
    for command in srp device-srp; do
      file="$vectors/$command-vectors.json"
      if ! output="$(env "${env[@]}" "$qemu" "$out/conformance-$tfm/CognitoKit.Conformance" "$command" "$file" 2>&1)"; then
        echo "$output" >&2
        fail "$tfm $mode $command"
      fi
      backend="$(grep '^SRP arithmetic:' <<<"$output" || true)"
      summary="$(tail -1 <<<"$output")"
      printf '%-8s %-9s %-11s %-22s %s\n' "$tfm" "$mode" "$command" "$summary" "${backend#SRP arithmetic: }"
      # The backend must be the expected one, in an arm64 process, and with libcrypto the aarch64 library.
      grep -q "SRP arithmetic: $expect" <<<"$backend" || fail "$tfm $mode $command ran on '$backend', expected '$expect'"
      grep -q ', process Arm64$' <<<"$backend" || fail "$tfm $mode $command did not run as an arm64 process"
      if [ "$mode" = default ]; then
        grep -q 'aarch64' <<<"$backend" || fail "$tfm $command: the libcrypto mapped is not the aarch64 one"
      fi
      grep -qE '^[1-9][0-9]* passed, 0 failed$' <<<"$summary" || fail "$tfm $mode $command: $summary"
      runs=$((runs + 1))
    done
  done
done
echo "$runs vector runs passed in $((SECONDS - vectors_started)) s"

# --- 4. Emulated timing: managed arithmetic against OpenSSL's BN_mod_exp, same inputs, same process ------------------
if [ $vectors_only -eq 0 ]; then
  say "EMULATED timing (arm64 under QEMU user mode: a ratio between rows, not a hardware figure)"
  echo "load: $(uptime)"
  # Tiered compilation off: the few calls a run under emulation can afford would otherwise time unoptimized code.
  DOTNET_TieredCompilation=0 "$qemu" "$out/benchmarks-net10.0/CognitoKit.Benchmarks" --srp-quick "$rounds" 3
  echo "load: $(uptime)"
  if [ $x64_control -eq 1 ]; then
    say "Control: the same rows natively on the x64 host (not emulated; the managed kernel here is the vector one, the portable row is the arm64 code path)"
    DOTNET_TieredCompilation=0 "$out/benchmarks-x64/CognitoKit.Benchmarks" --srp-quick "$rounds" 3
  fi
fi

say "Done in $((SECONDS - started)) s"
