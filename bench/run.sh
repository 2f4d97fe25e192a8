#!/usr/bin/env bash
# Runs Hebel's benchmarks on one core (GOMAXPROCS=1, -cpu 1) with -count N and
# writes the raw output to bench/results/<name>.txt and a benchstat summary to
# stdout. Needs ../shared (news-dev, trafilatura-eval) for most benchmarks and
# benchstat (go install golang.org/x/perf/cmd/benchstat@latest).
#   bench/run.sh [count]        default count 6
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-6}
out=bench/results
mkdir -p "$out"
export GOMAXPROCS=1
run() { # name package regexp [benchtime]
  local name=$1 pkg=$2 re=$3 bt=${4:-1s}
  echo "== $name ($pkg -bench '$re')" >&2
  go test -run XXX -bench "$re" -benchtime "$bt" -benchmem -count "$count" -cpu 1 "$pkg" > "$out/$name.txt"
}
run pipeline   ./ingest/   'Pipeline'
run scale      ./pipeline/ 'Scale/.*/.*/size=(10KB|3MB)$' 0.3s
run segment    ./segment/  'Split'
run entity     ./entity/   'Find'
run quantity   ./quantity/ 'Find'
run claim      ./claim/    'Build'
run quote      ./quote/    'Find'
run relation   ./relation/ 'Find'
run langid     ./langid/   'Detect|LinguaDeEn' 
run html       ./htmltext/ 'Extract' 1x
run store      ./sqlite/   'PutRecord'
run bundle     ./dataset/bundle/ 'Load'
run leverage   ./leverage/ 'AllPairs' 3x
# Peers outside Go, in the same run (see bench/peers/README.md).
if [ -d bench/peers/node_modules ] && [ -d ../shared/data/eval/news-dev ]; then
  echo "== peers (Recognizers-Text)" >&2
  (cd bench/peers && for i in $(seq "$count"); do node numbers-peer.js ../../../shared/data/eval/news-dev; done) > "$out/peer-recognizers.log"
fi
for f in "$out"/*.txt; do
  echo "### $(basename "$f" .txt)"
  benchstat "$f"
  echo
done
[ -f "$out/peer-recognizers.log" ] && { echo "### peer: Recognizers-Text (node)"; cat "$out/peer-recognizers.log"; }
