#!/usr/bin/env bash
# Runs Hub's whole test suite on a fresh machine: installs what the tests need, builds once, runs every test project.
# Usage: tests/run.sh            (from anywhere; as root it installs missing Debian packages itself)
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)                      # end-to-end tests drive Debian's Chromium
ldconfig -p 2>/dev/null | grep -q 'libgomp.so.1' || missing+=(libgomp1) # native runtime used by ML.NET's LightGBM
command -v npm >/dev/null || missing+=(nodejs npm)                   # runs the JavaScript SignalR client test
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql) # the integration tests' second provider
[ -x /usr/bin/redis-server ] || missing+=(redis-server)              # the live backplane in the scale-out tests
[ -x /usr/sbin/haproxy ] || missing+=(haproxy)                       # the sticky reverse proxy in the scale-out tests
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} ..."
    apt-get update -qq
    # The tests start their own throwaway cluster (tests/postgres.sh); Debian's default cluster is not wanted.
    if [[ " ${missing[*]} " == *" postgresql "* ]] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
      mkdir -p /etc/postgresql-common
      echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Options::=--force-confold "${missing[@]}" >/dev/null
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
run_tests() { # project [label]
  echo "== $1${2:+ ($2)}"
  out="$(mktemp)"
  rc=0
  start=$SECONDS
  dotnet test "$1" -c Release --no-build -nologo >"$out" 2>&1 || rc=$?
  # Show the summary and every failure with its message; keep the whole output for the totals.
  grep -E '^\s*(Passed!|Failed!)|^\s+Failed |Error Message|^\s+(Assert|System|Microsoft)\.|error' "$out" || tail -n 40 "$out"
  echo "   $((SECONDS - start)) s"
  cat "$out" >>"$log"
  rm -f "$out"
  [ "$rc" -eq 0 ] || status=1
}

for project in tests/Hub.Core.Tests tests/Hub.Matching.Tests tests/Hub.Scheduling.Tests tests/Hub.Web.Tests tests/Hub.E2E; do
  run_tests "$project"
done

# The integration tests once more on PostgreSQL, on a throwaway cluster on 127.0.0.1 that is stopped and removed at exit.
pg_dir="$(mktemp -d /tmp/hub-pg-XXXXXX)"
trap 'tests/postgres.sh stop "$pg_dir" || true' EXIT
HUB_TEST_POSTGRES="$(tests/postgres.sh start "$pg_dir" "$((20000 + RANDOM % 20000))")"
export HUB_TEST_POSTGRES
for project in tests/Hub.Core.Tests tests/Hub.Web.Tests; do
  run_tests "$project" PostgreSQL
done
unset HUB_TEST_POSTGRES

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
# Skipped: tests of one provider only (SQLite's file and backup on the PostgreSQL pass, and the other way round).
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit $status
