#!/usr/bin/env bash
# Rewrites PublicAPI.Unshipped.txt of every packable project under src/ from the code as it is now, so that after a
# change to the public API (or a merge of several) one command brings the lists up to date. Re-runnable: each run starts
# from an empty Unshipped list and ends with the same, sorted file for the same code.
#
#   eng/update-public-api.sh            rewrite the lists
#   eng/update-public-api.sh --check    rewrite them, then fail (exit 1) if that changed any of them
#
# The lists are filled from what the PublicApiAnalyzers report when they are empty, so every line is spelled exactly as
# the build compares it. PublicAPI.Shipped.txt is never touched: moving the Unshipped lines into it is part of making a
# release. Needs the .NET SDK only; takes one build of the packages (CONFIGURATION, default Release, as eng/test.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

check=false
case "${1:-}" in
  --check) check=true ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

projects=()
for proj in src/*/*.csproj; do
  grep -q '<IsPackable>true</IsPackable>' "$proj" && projects+=("$proj")
done
if [ "${#projects[@]}" -eq 0 ]; then
  echo "no packable project under src/" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

header='#nullable enable'
configuration="${CONFIGURATION:-Release}"
for proj in "${projects[@]}"; do
  dir="$(dirname "$proj")"
  [ -f "$dir/PublicAPI.Shipped.txt" ] || printf '%s\n' "$header" > "$dir/PublicAPI.Shipped.txt"
  [ -f "$dir/PublicAPI.Unshipped.txt" ] && cp "$dir/PublicAPI.Unshipped.txt" "$work/$(basename "$dir").before"
  # Start empty: members removed since the last run must not linger; the build reports back everything public.
  printf '%s\n' "$header" > "$dir/PublicAPI.Unshipped.txt"
done

# One build of all the packages (a solution filter), warnings not as errors so that a package whose list is empty still
# compiles for the packages that depend on it. Every public member not in the lists is then reported as RS0016, its
# message quoting the member exactly as the list spells it (the analyzer's own code fix writes the same text); a shipped
# member that is gone is reported as RS0017 and recorded as *REMOVED* in the Unshipped list.
filter="$work/public-api.slnf"
{
  printf '{\n  "solution": {\n    "path": "%s",\n    "projects": [\n' "$root/CognitoKit.sln"
  for i in "${!projects[@]}"; do
    sep=','; [ "$i" -eq $((${#projects[@]} - 1)) ] && sep=''
    printf '      "%s"%s\n' "${projects[$i]}" "$sep"
  done
  printf '    ]\n  }\n}\n'
} > "$filter"

echo "building ${projects[*]} ($configuration)"
log="$work/build.log"
# English messages: the lines are read out of the diagnostics' text.
if ! DOTNET_CLI_UI_LANGUAGE=en dotnet build "$filter" -c "$configuration" -nologo -v quiet -clp:ErrorsOnly \
    -p:TreatWarningsAsErrors=false "-flp:LogFile=$log;Verbosity=quiet" > "$work/build.out" 2>&1; then
  cat "$work/build.out"
  # Put the lists back as they were: a failed build says nothing about the API.
  for proj in "${projects[@]}"; do
    dir="$(dirname "$proj")"
    before="$work/$(basename "$dir").before"
    if [ -f "$before" ]; then cp "$before" "$dir/PublicAPI.Unshipped.txt"; fi
  done
  echo "the build failed (see the errors above); the public API lists are unchanged" >&2
  exit 1
fi

changed=0
for proj in "${projects[@]}"; do
  dir="$(dirname "$proj")"
  file="$dir/PublicAPI.Unshipped.txt"
  name="$(basename "$proj")"
  # Sorted and without duplicates (every target framework reports the same member), so merges meet line by line.
  {
    printf '%s\n' "$header"
    {
      sed -nE "s/.*warning RS0016: Symbol '(.*)' is not part of the declared public API.*\[.*\/${name//./\\.}.*/\1/p" "$log"
      sed -nE "s/.*warning RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found.*\[.*\/${name//./\\.}.*/*REMOVED*\1/p" "$log"
    } | LC_ALL=C sort -u
  } > "$file"
  before="$work/$(basename "$dir").before"
  if [ -f "$before" ] && cmp -s "$before" "$file"; then
    echo "  $file: unchanged ($(($(wc -l < "$file") - 1)) entries)"
  else
    echo "  $file: updated ($(($(wc -l < "$file") - 1)) entries)"
    changed=1
  fi
done

if $check && [ "$changed" -ne 0 ]; then
  echo "the public API lists were out of date; commit the updated files" >&2
  exit 1
fi
