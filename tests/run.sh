#!/usr/bin/env bash
# Runs Hub's whole test suite on a fresh machine: installs what the tests need, builds once, runs every test project.
# Usage: tests/run.sh            (from anywhere; as root it installs missing Debian packages itself)
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)                      # end-to-end tests drive Debian's Chromium
ldconfig -p 2>/dev/null | grep -q 'libgomp.so.1' || missing+=(libgomp1) # native runtime used by ML.NET's LightGBM
command -v npm >/dev/null || missing+=(nodejs npm)                   # runs the JavaScript SignalR client test
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing packages: ${missing[*]}. Install them (e.g. sudo apt-get install ${missing[*]}) and run again." >&2
    exit 1
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
# The official JavaScript SignalR client, for the test that talks to /hubs/live from Node.
(cd tests/Hub.E2E/js && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
dotnet build Hub.sln -c Release -nologo -v quiet

log="$(mktemp)"
status=0
for project in tests/Hub.Core.Tests tests/Hub.Matching.Tests tests/Hub.Scheduling.Tests tests/Hub.Web.Tests tests/Hub.E2E; do
  echo "== $project"
  out="$(mktemp)"
  rc=0
  dotnet test "$project" -c Release --no-build -nologo >"$out" 2>&1 || rc=$?
  # Show the summary and every failure with its message; keep the whole output for the totals.
  grep -E '^\s*(Passed!|Failed!)|^\s+Failed |Error Message|^\s+(Assert|System|Microsoft)\.|error' "$out" || tail -n 40 "$out"
  cat "$out" >>"$log"
  rm -f "$out"
  [ "$rc" -eq 0 ] || status=1
done

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: $passed passed, $failed failed"
if [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit $status
