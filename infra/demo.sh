#!/usr/bin/env bash
# The demo: brings RabbitMQ and PostgreSQL up (installing them when missing), builds, starts the four services,
# ingests our sample articles and prints the timeline. `bash infra/demo.sh stop` stops everything.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

if [ "${1:-}" = "stop" ]; then
  bash infra/services.sh stop demo
  bash infra/infra.sh down demo
  exit 0
fi

bash infra/infra.sh up demo
dotnet build Timeline.sln -c Release -nologo -v quiet
bash infra/services.sh start demo
eval "$(bash infra/infra.sh env demo)"
export TIMELINE_API=http://127.0.0.1:${TIMELINE_API_PORT:-5180}
timeline() { dotnet "$repo/src/Timeline.Cli/bin/Release/net10.0/timeline.dll" "$@"; }

echo
echo "== Ingesting the sample articles (infra/samples, written for this demo)"
for article in infra/samples/*; do
  name=$(basename "$article")
  timeline ingest "$article" --published "${name:0:10}" --source "Timeline Wire" --url "https://example.org/samples/$name" --wait
done
seed=$(ls ../shared/seeds/*.txt 2>/dev/null | head -n 1 || true)
if [ -n "$seed" ]; then
  echo "== Ingesting the seed article ($seed)"
  timeline ingest "$seed" --published 2012-05-31 --source Reuters --wait
fi

echo
echo "== The timeline (oldest first)"
timeline show
echo
echo "The services are still running: API on $TIMELINE_API (try $TIMELINE_API/timeline?actor=PAK),"
echo "RabbitMQ management on http://127.0.0.1:15682. Subscribe: dotnet src/Timeline.Cli/bin/Release/net10.0/timeline.dll subscribe"
echo "Stop everything: bash infra/demo.sh stop"
