#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need (npm tools, Azurite), starts Azurite
# on loopback, runs all test projects, stops Azurite again, and ends with one line: "N passed, N failed".
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
tools="$root/tests/tools"
work="$(mktemp -d -t reintegratie-tests.XXXXXX)"
azurite_pid=""

cleanup() {
  if [[ -n "$azurite_pid" ]] && kill -0 "$azurite_pid" 2>/dev/null; then
    kill "$azurite_pid" 2>/dev/null
    wait "$azurite_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT

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

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
blob_port="$(free_port)"; queue_port="$(free_port)"; table_port="$(free_port)"

echo "== starting Azurite on 127.0.0.1 (blob $blob_port, queue $queue_port)"
"$tools/node_modules/.bin/azurite" --silent --skipApiVersionCheck --inMemoryPersistence --disableProductStyleUrl \
  --blobHost 127.0.0.1 --blobPort "$blob_port" --queueHost 127.0.0.1 --queuePort "$queue_port" \
  --tableHost 127.0.0.1 --tablePort "$table_port" >"$work/azurite.log" 2>&1 &
azurite_pid=$!
for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$blob_port") 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$queue_port") 2>/dev/null; then break; fi
  kill -0 "$azurite_pid" 2>/dev/null || { cat "$work/azurite.log"; fail "Azurite did not start"; }
  sleep 0.2
done

account_key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export REINTEGRATIE_AZURITE_CONNECTION="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$account_key;BlobEndpoint=http://127.0.0.1:$blob_port/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue_port/devstoreaccount1;"
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
