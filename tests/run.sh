#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need (npm tools: Azurite and the card
# validator; Chromium), runs all test projects, and ends with one line: "N passed, N failed".
# The tests start Azurite themselves (tests/ReIntegratie.Testing/Azurite.cs), on ports of their own.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
tools="$root/tests/tools"
work="$(mktemp -d -t reintegratie-tests.XXXXXX)"
trap 'rm -rf "$work"' EXIT

fail() { echo "tests/run.sh: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is not installed"
command -v node >/dev/null || fail "Node.js is not installed (needed for Azurite and the card validator)"

if [[ ! -x /usr/bin/chromium ]]; then
  echo "== installing Debian's chromium for the browser tests (apt-get)"
  if [[ $(id -u) -eq 0 ]]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
  { $apt_get update -qq && DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq chromium; } >"$work/apt.log" 2>&1 \
    || { tail -20 "$work/apt.log"; fail "could not install chromium with apt-get"; }
fi

echo "== installing test tools (npm ci in tests/tools)"
npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1 || { cat "$work/npm.log"; fail "npm ci failed"; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== dotnet test ReIntegratie.sln"
dotnet test ReIntegratie.sln --configuration Release --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$work/results" -- RunConfiguration.CollectSourceInformation=false
status=$?

passed=0; failed=0
shopt -s nullglob
for trx in "$work"/results/*.trx; do
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; echo "tests/run.sh: dotnet test failed before or outside the tests (see above)" >&2; fi
echo "$passed passed, $failed failed"
exit "$status"
