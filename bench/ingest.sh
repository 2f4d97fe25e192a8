#!/usr/bin/env bash
# Ingest throughput (issue 13): builds a corpus of N plain-text news
# documents from the news-dev and news-dev2 texts (copies with a numbered
# line appended, so that no two are identical; nothing is shipped), then
# runs `hebel ingest` into a fresh SQLite file under /usr/bin/time -v and
# prints documents per second, the CPU utilisation and the peak RSS.
#   bench/ingest.sh [hebel-binary] [N]     default: go run-built ./cmd/hebel, 3000
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${HEBEL_SHARED:-../shared}
n=${2:-3000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${1:-}
if [ -z "$bin" ]; then
  bin=$work/hebel
  go build -o "$bin" ./cmd/hebel
fi
mkdir -p "$work/corpus"
srcs=("$shared"/data/eval/news-dev/*.txt "$shared"/data/eval/news-dev2/*.txt)
for ((i = 0; i < n; i++)); do
  src=${srcs[i % ${#srcs[@]}]}
  { cat "$src"; printf '\n\n(%05d)\n' "$i"; } > "$work/corpus/$(printf '%05d' "$i")-$(basename "$src")"
done
bytes=$(cat "$work"/corpus/*.txt | wc -c)
start=$(date +%s.%N)
/usr/bin/time -v "$bin" --db "$work/hebel.db" ingest -q --no-meta-files "$work/corpus" 2> "$work/time.txt" >/dev/null
end=$(date +%s.%N)
grep -E 'User time|System time|Percent of CPU|Elapsed|Maximum resident' "$work/time.txt"
awk -v n="$n" -v b="$bytes" -v s="$start" -v e="$end" 'BEGIN { printf "%d documents, %.1f MB: %.0f docs/s, %.2f MB/s wall\n", n, b/1e6, n/(e-s), b/1e6/(e-s) }'
grep -E 'stored|documents' "$work/time.txt" | tail -2 || true
