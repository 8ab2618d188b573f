#!/usr/bin/env bash
# The pipeline benchmark: starts the demo servers and services (as infra/demo.sh does, without ingesting anything), then
# pushes N varied sample articles through them and prints articles/s and latency beside the raw RabbitMQ rate of the
# same broker, measured in the same run. Usage: bash infra/bench.sh [N]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
bash infra/infra.sh up demo
dotnet build Timeline.sln -c Release -nologo -v quiet
bash infra/services.sh start demo
eval "$(bash infra/infra.sh env demo)"
export TIMELINE_API=http://127.0.0.1:${TIMELINE_API_PORT:-5180}
dotnet src/Timeline.Cli/bin/Release/net10.0/timeline.dll bench pipeline --articles "${1:-200}"
