#!/usr/bin/env bash
# Date normalisation beside its peer: installs chrono-node (npm) into infra/peers, then runs both on TempEval-3
# (TimeBank + AQUAINT) and WikiWars from ../shared/data and prints value F1 and throughput side by side.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
data=${TIMELINE_SHARED:-$repo/../shared}/data
[ -d "$data/tempeval3" ] || { echo "no evaluation data at $data (../shared/data)" >&2; exit 2; }
npm ci --prefix infra/peers --silent --no-audit --no-fund
dotnet build src/Timeline.Cli -c Release -nologo -v quiet
timeline() { dotnet src/Timeline.Cli/bin/Release/net10.0/timeline.dll "$@"; }
echo "== TempEval-3 training data (TimeBank + AQUAINT), news: reference = DCT"
timeline bench dates --gold "$data/tempeval3" --kind news
echo
echo "== WikiWars, narrative"
timeline bench dates --gold "$data/wikiwars/tml-timex3" --kind auto
