#!/usr/bin/env bash
# The test command. Starts a throwaway RabbitMQ and PostgreSQL (installing them when missing), builds, runs every
# test, stops the servers and ends with the line "N passed, N failed, N skipped".
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

bash infra/infra.sh reset test >/dev/null 2>&1 || true # every run starts from empty servers
if ! bash infra/infra.sh up test; then
  echo "0 passed, 1 failed"
  exit 1
fi
trap 'bash infra/infra.sh down test' EXIT
eval "$(bash infra/infra.sh env test)"

# The browser test drives Debian's Chromium with playwright-core; without them it reports a skip with the reason.
if ! command -v chromium >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; } ||
    echo "[test] chromium could not be installed: the browser test will be skipped" >&2
fi
if command -v npm >/dev/null && [ ! -d tests/browser/node_modules/playwright-core ]; then
  npm ci --prefix tests/browser --silent --no-audit --no-fund >/dev/null 2>&1 ||
    echo "[test] playwright-core could not be installed: the browser test will be skipped" >&2
fi

rm -rf TestResults
if ! dotnet build Timeline.sln -c Release -nologo -v quiet; then
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test Timeline.sln -c Release --no-build -nologo --logger trx --results-directory TestResults "$@"
status=$?

passed=0; failed=0; skipped=0
for trx in TestResults/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(get total); executed=$(get executed)
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + total - executed))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi # the runner itself failed

# The compose file is for machines with Docker; here it is only validated (Debian's docker-compose 1.29, no engine needed).
if ! command -v docker-compose >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >/dev/null 2>&1; }
fi
if docker-compose -f docker-compose.yml config -q; then
  echo "docker-compose.yml: valid"; passed=$((passed + 1))
else
  echo "docker-compose.yml: INVALID"; failed=$((failed + 1))
fi
trap - EXIT
bash infra/infra.sh down test
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
